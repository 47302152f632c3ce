package vn.hoptac.shared;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.LocalDateField;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;

import org.springframework.data.jpa.domain.Specification;

/** The {@code GROUP BY} queries behind {@link RecordList#counts}: one per facet. */
final class FacetQuery {

	private FacetQuery() {
	}

	/**
	 * Counts each facet's values over {@code textAndAccess} (the list's free text and the reader's
	 * access) and every filter but the facet's own.
	 */
	static <T> FacetCounts count(EntityManager entityManager, Class<T> type, Specification<T> textAndAccess,
			FacetFilters<T> filters, List<Facet> facets) {
		Map<String, Map<String, Long>> counted = new LinkedHashMap<>();
		for (Facet facet : facets) {
			counted.put(facet.name(),
					countBy(entityManager, type, facet, textAndAccess.and(filters.allBut(facet.name()))));
		}
		return new FacetCounts(counted);
	}

	private static <T> Map<String, Long> countBy(EntityManager entityManager, Class<T> type, Facet facet,
			Specification<T> where) {
		CriteriaBuilder cb = entityManager.getCriteriaBuilder();
		CriteriaQuery<Object[]> query = cb.createQuery(Object[].class);
		Root<T> root = query.from(type);
		Expression<?> group = switch (facet.grouping()) {
			case VALUE -> root.get(facet.attribute());
			case MEMBER -> root.join(facet.attribute());
			// EXTRACT, which both databases have (PostgreSQL has no year())
			case DECADE -> cb.extract(LocalDateField.YEAR, root.<LocalDate>get(facet.attribute()));
		};
		Predicate restriction = where.toPredicate(root, query, cb);
		Predicate present = cb.isNotNull(group);
		query.multiselect(group, cb.count(root))
			.where(restriction == null ? present : cb.and(restriction, present))
			.groupBy(group);
		Map<String, Long> counts = new HashMap<>();
		for (Object[] row : entityManager.createQuery(query).getResultList()) {
			Object value = facet.grouping() == Facet.Grouping.DECADE ? ((Number) row[0]).intValue() / 10 * 10 : row[0];
			counts.merge(FacetCounts.key(value), ((Number) row[1]).longValue(), Long::sum);
		}
		return counts;
	}

}
