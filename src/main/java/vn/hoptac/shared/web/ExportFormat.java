package vn.hoptac.shared.web;

import java.util.Locale;

import vn.hoptac.shared.RuleViolationException;

/**
 * What a list answers with: its JSON page (the default) or every matching row as a file. Not an
 * enum: its names ("CSV") are words pages show, not codes to be translated.
 */
record ExportFormat(String name, String contentType, String extension) {

	static final ExportFormat JSON = new ExportFormat("json", null, null);

	static final ExportFormat CSV = new ExportFormat("csv", "text/csv;charset=UTF-8", "csv");

	static final ExportFormat XLSX = new ExportFormat("xlsx",
			"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

	/** The {@code format} parameter; anything but json, csv or xlsx is a 400 naming it. */
	static ExportFormat of(String parameter) {
		if (parameter == null || parameter.isBlank()) {
			return JSON;
		}
		return switch (parameter.trim().toLowerCase(Locale.ROOT)) {
			case "json" -> JSON;
			case "csv" -> CSV;
			case "xlsx" -> XLSX;
			default -> throw RuleViolationException.of("format", "validation.format", parameter);
		};
	}

	boolean isFile() {
		return this != JSON;
	}

}
