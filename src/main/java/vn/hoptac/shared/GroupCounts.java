package vn.hoptac.shared;

import java.util.HashMap;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;

import org.hibernate.query.criteria.HibernateCriteriaBuilder;
import org.springframework.data.jpa.domain.Specification;

/**
 * How many rows the specification selects per key of a {@link Facet}: one {@code GROUP BY} query,
 * however many keys there are (a national overview asks it once, not once per province; a list
 * once per facet). Behind both {@link RecordList#countsBy} and {@link RecordList#counts}, which
 * pass the list's restriction, the reader's access included.
 */
final class GroupCounts {

	private GroupCounts() {
	}

	/** Rows without a value count under the key null (a record kept nationally has no province). */
	static <T> Map<Object, Long> of(EntityManager entityManager, Class<T> type, Facet facet, Specification<T> spec) {
		CriteriaBuilder cb = entityManager.getCriteriaBuilder();
		CriteriaQuery<Tuple> query = cb.createTupleQuery();
		Root<T> root = query.from(type);
		Expression<?> group = facet.groupOf(root, cb);
		Predicate restriction = spec.toPredicate(root, query, cb);
		// count(*), not count(id): an index holding the facet and the access columns answers it alone
		query.multiselect(group, ((HibernateCriteriaBuilder) cb).count()).groupBy(group);
		if (restriction != null) {
			query.where(restriction);
		}
		Map<Object, Long> counts = new HashMap<>();
		for (Tuple row : entityManager.createQuery(query).getResultList()) {
			counts.merge(facet.keyOf(row.get(0)), row.get(1, Long.class), Long::sum);
		}
		return counts;
	}

	/**
	 * How many distinct values of the attribute (a partner's locality) the selected rows have per key
	 * of the facet (its country), rows without the attribute left out: one grouped query.
	 */
	static <T> Map<Object, Long> distinct(EntityManager entityManager, Class<T> type, Facet facet, String attribute,
			Specification<T> spec) {
		CriteriaBuilder cb = entityManager.getCriteriaBuilder();
		CriteriaQuery<Tuple> query = cb.createTupleQuery();
		Root<T> root = query.from(type);
		Expression<?> group = facet.groupOf(root, cb);
		Expression<?> counted = Facet.path(root, attribute);
		Predicate restriction = spec.toPredicate(root, query, cb);
		query.multiselect(group, cb.countDistinct(counted)).groupBy(group);
		query.where(restriction == null ? cb.isNotNull(counted) : cb.and(restriction, cb.isNotNull(counted)));
		Map<Object, Long> counts = new HashMap<>();
		for (Tuple row : entityManager.createQuery(query).getResultList()) {
			counts.merge(facet.keyOf(row.get(0)), row.get(1, Long.class), Long::sum);
		}
		return counts;
	}

}
