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

	/** A year facet's years ({@link Facet#year}) and the one chosen, the latest first: the options of its select. */
	public java.util.List<Integer> years(String facet, Integer chosen) {
		var years = new java.util.TreeSet<Integer>(java.util.Comparator.reverseOrder());
		byFacet.getOrDefault(facet, Map.of()).keySet().stream()
			.filter(key -> key != null && key.matches("\\d{4}"))
			.map(Integer::valueOf)
			.forEach(years::add);
		if (chosen != null) {
			years.add(chosen);
		}
		return java.util.List.copyOf(years);
	}

	static String key(Object value) {
		return value instanceof Enum<?> constant ? constant.name() : String.valueOf(value);
	}

}
