package vn.hoptac.exchanges.internal;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.LocalDateField;

import org.springframework.data.jpa.domain.Specification;

import vn.hoptac.exchanges.Exchange;
import vn.hoptac.exchanges.ExchangeCount;
import vn.hoptac.exchanges.ExchangeMeasure;
import vn.hoptac.exchanges.ExchangeStats;
import vn.hoptac.exchanges.ExchangeStats.Row;
import vn.hoptac.exchanges.ExchangeStats.ExchangeGroupBy;
import vn.hoptac.exchanges.ExchangeUnit;
import vn.hoptac.shared.DatePrecision;
import vn.hoptac.shared.Qualifier;

/**
 * One grouped query over the counts of the exchanges the restriction selects (the list's filters,
 * free text and the reader's access): persons who took part, summed per group. Not
 * {@code RecordList.statsBy}: that sums attributes of the record itself, while these sums are of
 * rows of its {@code exchange_count} collection, filtered by unit and measure and grouped by their
 * own direction, year and sex.
 */
public final class ExchangeStatsQuery {

	private static final List<DatePrecision> BOUNDS = List.of(DatePrecision.BEFORE_YEAR, DatePrecision.BEFORE_MONTH,
			DatePrecision.BEFORE_DAY);

	private ExchangeStatsQuery() {
	}

	public static ExchangeStats run(EntityManager entityManager, ExchangeGroupBy groupBy, Specification<Exchange> where) {
		CriteriaBuilder cb = entityManager.getCriteriaBuilder();
		CriteriaQuery<Tuple> query = cb.createTupleQuery();
		Root<Exchange> root = query.from(Exchange.class);
		Join<Exchange, ExchangeCount> count = root.join("counts");
		Expression<?> key = key(groupBy, root, count, cb);
		Path<Integer> persons = count.get("count");
		Predicate restriction = where.toPredicate(root, query, cb);
		Predicate participants = cb.and(cb.equal(count.get("unit"), ExchangeUnit.PERSONS),
				cb.equal(count.get("measure"), ExchangeMeasure.PARTICIPANTS));
		query
			.multiselect(key, cb.sum(persons), cb.countDistinct(root),
					cb.sum(cb.<Integer>selectCase()
						.when(cb.equal(count.get("qualifier"), Qualifier.EXACT), 0)
						.otherwise(1)))
			.where(restriction == null ? participants : cb.and(restriction, participants))
			.groupBy(key);
		List<Row> rows = entityManager.createQuery(query)
			.getResultList()
			.stream()
			.map(t -> new Row(t.get(0), number(t.get(1)), number(t.get(2)), number(t.get(3)) > 0))
			.sorted(Comparator.comparing((Row r) -> r.key() == null).thenComparing(r -> Objects.toString(r.key())))
			.toList();
		return new ExchangeStats(groupBy, rows);
	}

	/**
	 * A count stated for a year counts in that year; one for the whole period counts in the year
	 * the exchange starts only when it starts and ends within that year and the start is not a
	 * bound ("by 2014"): a total over 2015–2023 belongs to no single year (key null).
	 */
	private static Expression<?> key(ExchangeGroupBy groupBy, Root<Exchange> root, Join<Exchange, ExchangeCount> count,
			CriteriaBuilder cb) {
		return switch (groupBy) {
			case DIRECTION -> count.get("direction");
			case SEX -> count.get("sex");
			case KIND -> root.get("kind");
			case COUNTRY -> root.get("foreignCountry");
			case YEAR -> {
				Expression<Integer> startYear = cb.extract(LocalDateField.YEAR, root.<LocalDate>get("startOn"));
				Expression<Integer> endYear = cb.extract(LocalDateField.YEAR, root.<LocalDate>get("endOn"));
				Predicate withinOneYear = cb.and(cb.isNotNull(root.get("startOn")),
						cb.not(root.get("startPrecision").in(BOUNDS)),
						cb.or(cb.isNull(root.get("endOn")), cb.equal(endYear, startYear)));
				yield cb.<Integer>selectCase()
					.when(cb.isNotNull(count.get("year")), count.<Integer>get("year"))
					.when(withinOneYear, startYear)
					.otherwise(cb.nullLiteral(Integer.class));
			}
		};
	}

	private static long number(Object value) {
		return value == null ? 0 : ((Number) value).longValue();
	}

}
