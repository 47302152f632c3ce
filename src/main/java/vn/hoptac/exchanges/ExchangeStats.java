package vn.hoptac.exchanges;

import java.util.List;

/**
 * Persons who took part in the exchanges a reader may see, summed per group: {@code key} is the
 * group's value (a direction, a year, a kind, a sex, a country; null: not known), {@code persons}
 * the sum of the counts in persons of participants, {@code exchanges} how many exchanges they come
 * from, and {@code approximate} whether any summed count is not exact ("hơn 120"), so that the sum
 * is not read as an exact figure either.
 */
public record ExchangeStats(ExchangeGroupBy groupBy, List<Row> rows) {

	public record Row(Object key, long persons, long exchanges, boolean approximate) {
	}

	/** What the statistics group by. */
	public enum ExchangeGroupBy {

		DIRECTION, YEAR, KIND, SEX, COUNTRY

	}

}
