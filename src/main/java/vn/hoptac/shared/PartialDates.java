package vn.hoptac.shared;

import vn.hoptac.shared.DatePrecision.PartialDate;

/** Reads dates that sources give as a year, a month or a day, reporting bad ones as field errors. */
public final class PartialDates {

	private PartialDates() {
	}

	public static PartialDate parse(String text, String field, RuleViolationException.Collector errors) {
		try {
			return PartialDate.parse(text);
		}
		catch (IllegalArgumentException ex) {
			errors.reject(field, "validation.partialDate", text);
			return null;
		}
	}

}
