package vn.hoptac.events.web;

import vn.hoptac.shared.DatePrecision.PartialDate;

/** A partial date as the API writes it ({@code 2011}, {@code 2018-11}, {@code ..2020}), or null. */
final class Dates {

	private Dates() {
	}

	static String text(PartialDate date) {
		return date == null ? null : date.toString();
	}

}
