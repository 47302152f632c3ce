package vn.hoptac.shared;

import java.util.HashMap;
import java.util.Map;

/**
 * How many records of a list each facet value has, over the list's other filters, its free text and
 * the reader's access ({@link RecordList#counts}). Values are keyed by their text (an enum by its
 * name, a decade by its first year), so templates ask with the option's value.
 */
public record FacetCounts(Map<String, Map<String, Long>> byFacet) {

	public static final FacetCounts NONE = new FacetCounts(Map.of());

	public FacetCounts {
		byFacet = Map.copyOf(byFacet);
	}

	/** A facet's grouped counts ({@link GroupCounts}) keyed by their text; records without a value are no option. */
	static Map<String, Long> byText(Map<Object, Long> grouped) {
		Map<String, Long> counts = new HashMap<>();
		grouped.forEach((value, count) -> {
			if (value != null) {
				counts.merge(key(value), count, Long::sum);
			}
		});
		return counts;
	}

	/** The number of records with the value in the facet; 0 when none. */
	public long count(String facet, Object value) {
		return byFacet.getOrDefault(facet, Map.of()).getOrDefault(key(value), 0L);
	}

	/** Whether the facet was counted at all. */
	public boolean counted(String facet) {
		return byFacet.containsKey(facet);
	}

	/** An option's text with its count, "Hàn Quốc (12)"; the text alone when the facet is not counted. */
	public String label(String facet, Object value, String text) {
		return counted(facet) ? text + " (" + count(facet, value) + ")" : text;
	}

	static String key(Object value) {
		return value instanceof Enum<?> constant ? constant.name() : String.valueOf(value);
	}

}
