package vn.hoptac.shared;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

/**
 * What the sources state of a historical date: many milestones are known only by year ("2004")
 * or month, and some only as a bound, "no later than" a period (a thesis whose data end in
 * 12/2020 shows that a relation existed by then, not when it began). The date is stored as the
 * first day of that period; a bound is never shown or filed as if it were the date itself.
 */
public enum DatePrecision {

	YEAR, MONTH, DAY,

	/** On or before the year stored. */
	BEFORE_YEAR,

	/** On or before the month stored. */
	BEFORE_MONTH,

	/** On or before the day stored. */
	BEFORE_DAY;

	/** In text, a bound starts with this (after ISO 8601-2's "on or before", {@code [..2020-12]}). */
	public static final String BOUND_PREFIX = "..";

	/**
	 * The precisions of the dates that lie wholly within a period of whole months from {@code from}
	 * to {@code to}, given that a date is stored as the first day of its period: a month counts in
	 * the half it falls in, a year only in a whole year's period, a bound ("on or before 2021") in none.
	 */
	public static java.util.List<DatePrecision> wholeWithin(LocalDate from, LocalDate to) {
		boolean wholeYear = from.getDayOfYear() == 1 && to.equals(from.withDayOfYear(from.lengthOfYear()));
		return wholeYear ? java.util.List.of(DAY, MONTH, YEAR) : java.util.List.of(DAY, MONTH);
	}

	public boolean isBound() {
		return this == BEFORE_YEAR || this == BEFORE_MONTH || this == BEFORE_DAY;
	}

	/** The precision of the period itself: {@code MONTH} for {@code BEFORE_MONTH}. */
	public DatePrecision period() {
		return switch (this) {
			case BEFORE_YEAR -> YEAR;
			case BEFORE_MONTH -> MONTH;
			case BEFORE_DAY -> DAY;
			default -> this;
		};
	}

	/** The bound "on or before" a period of this precision. */
	public DatePrecision bound() {
		return switch (period()) {
			case YEAR -> BEFORE_YEAR;
			case MONTH -> BEFORE_MONTH;
			default -> BEFORE_DAY;
		};
	}

	/**
	 * A date as the sources give it, e.g. {@code 2004}, {@code 2018-11}, {@code 2018-11-27}, or a
	 * bound {@code ..2020-12} ("on or before December 2020").
	 */
	public record PartialDate(LocalDate date, DatePrecision precision) {

		public static PartialDate parse(String text) {
			if (text == null || text.isBlank()) {
				return null;
			}
			String value = text.trim();
			boolean bound = value.startsWith(BOUND_PREFIX);
			if (value.startsWith("[" + BOUND_PREFIX) && value.endsWith("]")) {
				value = value.substring(1, value.length() - 1);
				bound = true;
			}
			PartialDate date = exact(bound ? value.substring(BOUND_PREFIX.length()).trim() : value, text);
			return bound ? new PartialDate(date.date(), date.precision().bound()) : date;
		}

		private static PartialDate exact(String value, String text) {
			PartialDate date;
			try {
				date = switch (value.length()) {
					case 4 -> new PartialDate(LocalDate.of(Integer.parseInt(value), 1, 1), YEAR);
					case 7 -> new PartialDate(YearMonth.parse(value).atDay(1), MONTH);
					default -> new PartialDate(LocalDate.parse(value), DAY);
				};
			}
			catch (NumberFormatException | DateTimeParseException ex) {
				throw new IllegalArgumentException("Not a date: " + text, ex);
			}
			if (!SaneDates.accepts(date.date())) {
				throw new IllegalArgumentException("Year out of range: " + text);
			}
			return date;
		}

		/** A stored date and precision (none stored: a full day) as one value. */
		public static PartialDate of(LocalDate date, DatePrecision precision) {
			return date == null ? null : new PartialDate(date, precision == null ? DAY : precision);
		}

		public boolean isBound() {
			return precision.isBound();
		}

		/**
		 * When something began, from the dates that tell of it: the earliest that is not only a bound,
		 * as precise as the most precise date of that day ("2005" and "2005-01-01" began on the day).
		 */
		public static PartialDate earliest(java.util.stream.Stream<PartialDate> dates) {
			return dates.filter(d -> d != null && !d.isBound())
				.min(java.util.Comparator.comparing(PartialDate::date)
					.thenComparing(d -> d.precision().period().ordinal(), java.util.Comparator.reverseOrder()))
				.orElse(null);
		}

		/** The last day of the period (of a bound: the day it ends with). */
		public LocalDate lastDay() {
			return switch (precision.period()) {
				case YEAR -> date.plusYears(1).minusDays(1);
				case MONTH -> date.plusMonths(1).minusDays(1);
				default -> date;
			};
		}

		/**
		 * Every day of this period lies before every day of the other's: "2005" is before
		 * "2006-03" but not before "2005-03". A bound has no known first day, so nothing is
		 * definitely before it.
		 */
		public boolean definitelyBefore(PartialDate other) {
			return !other.isBound() && lastDay().isBefore(other.date());
		}

		@Override
		public String toString() {
			String period = switch (precision.period()) {
				case YEAR -> String.valueOf(date.getYear());
				case MONTH -> YearMonth.from(date).toString();
				default -> date.toString();
			};
			return isBound() ? BOUND_PREFIX + period : period;
		}

	}

}
