package vn.hoptac.shared;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Selection;

import org.hibernate.query.criteria.HibernateCriteriaBuilder;
import org.springframework.data.jpa.domain.Specification;

/**
 * Statistics of a record type in one {@code GROUP BY} query: per combination of keys (a partner and
 * a year, a direction), how many rows the specification selects and, for each numeric attribute
 * asked for, its exact sum and how many rows know it (a delegation without a size adds nothing to
 * the persons and is not among those that know them). The sibling of {@link GroupCounts}; behind
 * {@link RecordList#statsBy}, which passes the list's restriction, the reader's access included.
 */
public final class GroupStats {

	private GroupStats() {
	}

	/**
	 * One group: its keys in the order of the groupings (null for rows without a value), the rows
	 * counted, and per summed attribute the sum (null when no row knows it) and how many rows know it.
	 */
	public record Row(List<Object> keys, long count, Map<String, BigDecimal> sums, Map<String, Long> known) {

		public Object key(int index) {
			return keys.get(index);
		}

		/** The exact sum of the attribute over the group's rows that have it; null when none has. */
		public BigDecimal sum(String attribute) {
			return sums.get(attribute);
		}

		/** How many of the group's rows have a value of the attribute. */
		public long known(String attribute) {
			return known.getOrDefault(attribute, 0L);
		}

	}

	static <T> List<Row> of(EntityManager entityManager, Class<T> type, List<Facet> groups, List<String> sumAttributes,
			Specification<T> spec) {
		CriteriaBuilder cb = entityManager.getCriteriaBuilder();
		CriteriaQuery<Tuple> query = cb.createTupleQuery();
		Root<T> root = query.from(type);
		List<Expression<?>> grouped = new ArrayList<>();
		for (Facet group : groups) {
			grouped.add(group.groupOf(root, cb));
		}
		List<Selection<?>> selections = new ArrayList<>(grouped);
		// count(*), not count(id): an index holding the keys, sums and access columns answers it alone
		selections.add(((HibernateCriteriaBuilder) cb).count());
		for (String attribute : sumAttributes) {
			Expression<Number> value = numeric(Facet.path(root, attribute));
			selections.add(cb.sum(value));
			selections.add(cb.count(value));
		}
		query.multiselect(selections).groupBy(grouped);
		Predicate restriction = spec.toPredicate(root, query, cb);
		if (restriction != null) {
			query.where(restriction);
		}
		// groupings that fold several database groups into one key (decades) are merged here
		Map<List<Object>, Accumulator> rows = new LinkedHashMap<>();
		for (Tuple tuple : entityManager.createQuery(query).getResultList()) {
			List<Object> keys = new ArrayList<>();
			for (int i = 0; i < groups.size(); i++) {
				keys.add(groups.get(i).keyOf(tuple.get(i)));
			}
			Accumulator row = rows.computeIfAbsent(Collections.unmodifiableList(keys), k -> new Accumulator());
			int column = groups.size();
			row.count += tuple.get(column++, Long.class);
			for (String attribute : sumAttributes) {
				row.add(attribute, exact(tuple.get(column++)), tuple.get(column++, Long.class));
			}
		}
		List<Row> result = new ArrayList<>();
		rows.forEach((keys, row) -> result.add(new Row(keys, row.count, Collections.unmodifiableMap(row.sums),
				Map.copyOf(row.known))));
		return result;
	}

	/** A numeric attribute's path as what {@code sum} takes; no cast in SQL. */
	@SuppressWarnings("unchecked")
	private static Expression<Number> numeric(Expression<?> path) {
		return (Expression<Number>) path;
	}

	/** A database sum as an exact decimal: integers stay integers, numerics keep their scale. */
	private static BigDecimal exact(Object sum) {
		if (sum == null || sum instanceof BigDecimal) {
			return (BigDecimal) sum;
		}
		if (sum instanceof BigInteger integer) {
			return new BigDecimal(integer);
		}
		if (sum instanceof Long || sum instanceof Integer || sum instanceof Short) {
			return BigDecimal.valueOf(((Number) sum).longValue());
		}
		throw new IllegalArgumentException("Only exact numbers are summed, not " + sum.getClass().getSimpleName());
	}

	private static final class Accumulator {

		private long count;

		private final Map<String, BigDecimal> sums = new LinkedHashMap<>();

		private final Map<String, Long> known = new LinkedHashMap<>();

		void add(String attribute, BigDecimal sum, long knownRows) {
			BigDecimal before = sums.get(attribute);
			sums.put(attribute, before == null ? sum : sum == null ? before : before.add(sum));
			known.merge(attribute, knownRows, Long::sum);
		}

	}

}
