package vn.hoptac.shared;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;

import org.springframework.data.jpa.domain.Specification;

/** Query pieces for the database queries that lists do not answer from their index (home page, facets). */
public final class Specs {

	private Specs() {
	}

	public static <T> Specification<T> equalTo(String attribute, Object value) {
		return (root, cq, cb) -> value == null ? null : cb.equal(root.get(attribute), value);
	}

	public static <T> Specification<T> in(String attribute, Collection<?> values) {
		return (root, cq, cb) -> values == null ? null : root.get(attribute).in(values);
	}

	/**
	 * The distinct non-null values of a string attribute over the rows the specification selects,
	 * e.g. the countries a reader's partnerships involve (for a list's facets).
	 */
	public static <T> List<String> distinctValues(EntityManager entityManager, Class<T> type, String attribute,
			Specification<T> spec) {
		CriteriaBuilder cb = entityManager.getCriteriaBuilder();
		CriteriaQuery<String> query = cb.createQuery(String.class);
		Root<T> root = query.from(type);
		Predicate restriction = spec.toPredicate(root, query, cb);
		Predicate present = cb.isNotNull(root.get(attribute));
		query.select(root.get(attribute))
			.distinct(true)
			.where(restriction == null ? present : cb.and(restriction, present))
			.orderBy(cb.asc(root.get(attribute)));
		return entityManager.createQuery(query).getResultList();
	}

	public static LocalDate startOf(Integer year) {
		return year == null ? null : LocalDate.of(year, 1, 1);
	}

	public static LocalDate endOf(Integer year) {
		return year == null ? null : LocalDate.of(year, 12, 31);
	}

}
