package vn.hoptac.reports.web;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;

/** The report as PDF (to come). */
final class ReportPdf {

	private ReportPdf() {
	}

	static void write(ReportText text, LocalDate today, OutputStream out) throws IOException {
		throw vn.hoptac.shared.RuleViolationException.of("format", "reports.error.format");
	}

}
