package vn.hoptac.feedback.web;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;

import vn.hoptac.feedback.ImportReport;

/** An import's report with each refusal's reason in the reader's language. */
record ImportReportResponse(int rows, int imported, int alreadyImported, List<Refusal> refused) {

	static ImportReportResponse of(ImportReport report, MessageSource messages, Locale locale) {
		return new ImportReportResponse(report.rows(), report.imported(), report.alreadyImported(),
				report.refused()
					.stream()
					.map(r -> new Refusal(r.line(), r.field(),
							messages.getMessage(r.messageKey(), r.args(), r.messageKey(), locale)))
					.toList());
	}

	/** A refused row: its line in the file, the field and why. */
	record Refusal(long line, String field, String reason) {
	}

}
