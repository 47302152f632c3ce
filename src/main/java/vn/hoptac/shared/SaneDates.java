package vn.hoptac.shared;

import java.time.LocalDate;

/**
 * The years a record of local foreign affairs can speak of. Wherever a date or a year is accepted,
 * one outside this range is a typing error (20024, 0202), not history, and is refused.
 */
public final class SaneDates {

	public static final int FIRST_YEAR = 1900;

	public static final int LAST_YEAR = 2100;

	private SaneDates() {
	}

	public static boolean accepts(int year) {
		return year >= FIRST_YEAR && year <= LAST_YEAR;
	}

	public static boolean accepts(LocalDate date) {
		return date == null || accepts(date.getYear());
	}

}
