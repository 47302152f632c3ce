package vn.hoptac.shared;

import java.time.LocalDate;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.LocalDateField;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Root;

/**
 * A facet of a list: the name its filter has in the list's {@link FacetFilters} (and in templates)
 * and how records are grouped to count them ({@link RecordList#counts}, {@link RecordList#countsBy}).
 */
public record Facet(String name, String attribute, Grouping grouping) {

	/**
	 * Records grouped by the value of an attribute (a country, a type); the attribute may be a path
	 * through embedded values ("stewardship.provinceId").
	 */
	public static Facet value(String name, String attribute) {
		return new Facet(name, attribute, Grouping.VALUE);
	}

	/** Records grouped by each member of an element collection (a field of cooperation). */
	public static Facet member(String name, String collection) {
		return new Facet(name, collection, Grouping.MEMBER);
	}

	/** Records grouped by the decade of a date attribute (1990, 2000, …). */
	public static Facet decade(String name, String dateAttribute) {
		return new Facet(name, dateAttribute, Grouping.DECADE);
	}

	/** Records grouped by the year of a date attribute (for statistics by year). */
	public static Facet year(String name, String dateAttribute) {
		return new Facet(name, dateAttribute, Grouping.YEAR);
	}

	/** What the query groups by: the value, the joined member, or the year of the date. */
	Expression<?> groupOf(Root<?> root, CriteriaBuilder cb) {
		return switch (grouping) {
			case VALUE -> path(root, attribute);
			case MEMBER -> root.join(attribute);
			// EXTRACT, which both databases have (PostgreSQL has no year())
			case DECADE, YEAR -> cb.extract(LocalDateField.YEAR, root.<LocalDate>get(attribute));
		};
	}

	/** The key a grouped value counts under: a year under its decade's first year or as a year; null stays null. */
	Object keyOf(Object grouped) {
		if (grouped == null || grouping == Grouping.VALUE || grouping == Grouping.MEMBER) {
			return grouped;
		}
		int year = ((Number) grouped).intValue();
		return grouping == Grouping.DECADE ? year / 10 * 10 : year;
	}

	/** The attribute's path; it may lead through embedded values ("stewardship.provinceId"). */
	static Path<Object> path(Root<?> root, String attribute) {
		String[] parts = attribute.split("\\.");
		Path<Object> path = root.get(parts[0]);
		for (int i = 1; i < parts.length; i++) {
			path = path.get(parts[i]);
		}
		return path;
	}

	public enum Grouping {

		VALUE, MEMBER, DECADE, YEAR

	}

}
