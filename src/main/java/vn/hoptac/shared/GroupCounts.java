package vn.hoptac.shared;

import java.util.HashMap;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;

import org.springframework.data.jpa.domain.Specification;

/**
 * How many rows the specification selects per value of an attribute: one {@code GROUP BY} query,
 * however many values there are (a national overview asks it once, not once per province).
 */
final class GroupCounts {

	private GroupCounts() {
	}

	/** {@code attribute} may be a path through embedded values ("stewardship.provinceId"); a null value is a key too. */
	static <T, K> Map<K, Long> of(EntityManager entityManager, Class<T> type, String attribute, Class<K> keyType,
			Specification<T> spec) {
		CriteriaBuilder cb = entityManager.getCriteriaBuilder();
		CriteriaQuery<Tuple> query = cb.createTupleQuery();
		Root<T> root = query.from(type);
		String[] parts = attribute.split("\\.");
		Path<Object> key = root.get(parts[0]);
		for (int i = 1; i < parts.length; i++) {
			key = key.get(parts[i]);
		}
		Predicate restriction = spec.toPredicate(root, query, cb);
		query.multiselect(key, cb.count(root)).groupBy(key);
		if (restriction != null) {
			query.where(restriction);
		}
		Map<K, Long> counts = new HashMap<>();
		entityManager.createQuery(query).getResultList().forEach(row -> counts.put(keyType.cast(row.get(0)), row.get(1, Long.class)));
		return counts;
	}

}
