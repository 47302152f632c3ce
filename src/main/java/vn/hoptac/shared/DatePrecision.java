package vn.hoptac.shared;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

/**
 * How much of a historical date the sources state: many milestones are known only by year
 * ("2004") or month. The date is stored as the first day of that period.
 */
public enum DatePrecision {

	YEAR, MONTH, DAY;

	/** A date as the sources give it, e.g. {@code 2004}, {@code 2018-11} or {@code 2018-11-27}. */
	public record PartialDate(LocalDate date, DatePrecision precision) {

		public static PartialDate parse(String text) {
			if (text == null || text.isBlank()) {
				return null;
			}
			String value = text.trim();
			PartialDate date;
			try {
				date = switch (value.length()) {
					case 4 -> new PartialDate(LocalDate.of(Integer.parseInt(value), 1, 1), YEAR);
					case 7 -> new PartialDate(YearMonth.parse(value).atDay(1), MONTH);
					default -> new PartialDate(LocalDate.parse(value), DAY);
				};
			}
			catch (NumberFormatException | DateTimeParseException ex) {
				throw new IllegalArgumentException("Not a date: " + value, ex);
			}
			if (!SaneDates.accepts(date.date())) {
				throw new IllegalArgumentException("Year out of range: " + value);
			}
			return date;
		}

		@Override
		public String toString() {
			return switch (precision) {
				case YEAR -> String.valueOf(date.getYear());
				case MONTH -> YearMonth.from(date).toString();
				case DAY -> date.toString();
			};
		}

	}

}
