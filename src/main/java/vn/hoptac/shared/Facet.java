package vn.hoptac.shared;

/**
 * A facet of a list: the name its filter has in the list's {@link FacetFilters} (and in templates)
 * and how records are grouped to count them ({@link RecordList#counts}).
 */
public record Facet(String name, String attribute, Grouping grouping) {

	/** Records grouped by the value of an attribute (a country, a type). */
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

	public enum Grouping {

		VALUE, MEMBER, DECADE

	}

}
