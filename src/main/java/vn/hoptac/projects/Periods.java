package vn.hoptac.projects;

import java.time.LocalDate;

import vn.hoptac.shared.DatePrecision.PartialDate;

/** Ends and starts known to a year, a month or a day, compared as whole periods. */
final class Periods {

	private Periods() {
	}

	/** The end definitely lies before the start: the last day of its period is before the start's first. A bound says nothing. */
	static boolean endsBefore(PartialDate start, PartialDate end) {
		return start != null && end != null && !start.isBound() && !end.isBound()
				&& lastDayOf(end).isBefore(start.date());
	}

	private static LocalDate lastDayOf(PartialDate date) {
		return switch (date.precision().period()) {
			case YEAR -> date.date().withDayOfYear(date.date().lengthOfYear());
			case MONTH -> date.date().withDayOfMonth(date.date().lengthOfMonth());
			default -> date.date();
		};
	}

}
