package vn.hoptac.shared;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;

import org.springframework.data.jpa.domain.Specification;

/** Query pieces shared by every list: free text over the folded search column, optional filters. */
public final class Specs {

	private Specs() {
	}

	/** Every folded token of the query occurs in {@code searchText}. */
	public static <T> Specification<T> matchesText(String query) {
		List<String> tokens = Text.queryTokens(query);
		return (root, cq, cb) -> tokens.isEmpty() ? null
				: cb.and(tokens.stream()
					.map(token -> cb.like(root.get("searchText"), "%" + escapeLike(token) + "%", '\\'))
					.toArray(Predicate[]::new));
	}

	public static <T> Specification<T> equalTo(String attribute, Object value) {
		return (root, cq, cb) -> value == null ? null : cb.equal(root.get(attribute), value);
	}

	public static <T> Specification<T> in(String attribute, Collection<?> values) {
		return (root, cq, cb) -> values == null ? null : root.get(attribute).in(values);
	}

	/** The date attribute falls within the years given; either bound may be open. */
	public static <T> Specification<T> inYears(String attribute, Integer yearFrom, Integer yearTo) {
		return (root, cq, cb) -> {
			List<Predicate> bounds = new ArrayList<>();
			if (yearFrom != null) {
				bounds.add(cb.greaterThanOrEqualTo(root.get(attribute), startOf(yearFrom)));
			}
			if (yearTo != null) {
				bounds.add(cb.lessThanOrEqualTo(root.get(attribute), endOf(yearTo)));
			}
			return bounds.isEmpty() ? null : cb.and(bounds.toArray(Predicate[]::new));
		};
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

	private static String escapeLike(String token) {
		return token.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

}
