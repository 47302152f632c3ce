package vn.hoptac.shared.web;

import java.util.Locale;

/** What a list answers with: its JSON page (the default) or every matching row as a file. */
enum ExportFormat {

	JSON(null, null), CSV("text/csv;charset=UTF-8", "csv"),
	XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

	final String contentType;

	final String extension;

	ExportFormat(String contentType, String extension) {
		this.contentType = contentType;
		this.extension = extension;
	}

	/** The {@code format} parameter; anything but json, csv or xlsx is a 400 naming it. */
	static ExportFormat of(String parameter) {
		if (parameter == null || parameter.isBlank()) {
			return JSON;
		}
		try {
			return valueOf(parameter.trim().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw vn.hoptac.shared.RuleViolationException.of("format", "validation.format", parameter);
		}
	}

	boolean isFile() {
		return this != JSON;
	}

}
