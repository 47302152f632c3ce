package vn.hoptac.shared.web;

import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import vn.hoptac.shared.DatePrecision;

/** Where an export's lines go, one at a time: CSV or XLSX. Cells are text, numbers or dates. */
interface ExportSheet extends AutoCloseable {

	/** A date known to a day, a month or a year; a bound ("on or before") keeps its period. */
	record DateCell(LocalDate date, DatePrecision precision, String iso) {
	}

	/** A moment: shown in Vietnam's time in a workbook, written as the API writes it in CSV. */
	record TimeCell(LocalDateTime local, String iso) {
	}

	/** The line saying which filters are in force. */
	void title(String text) throws IOException;

	void header(List<String> labels) throws IOException;

	/** Cells: null, {@code String}, {@code Number}, {@link DateCell} or {@link TimeCell}. */
	void row(List<Object> cells) throws IOException;

	@Override
	void close() throws IOException;

}
