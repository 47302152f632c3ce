package vn.hoptac.shared;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.data.jpa.domain.Specification;

/**
 * A list's filters, each under the name of its facet, so that a facet is counted over all the other
 * filters and not its own: choosing "Korea" still shows how many records each other country has.
 */
public final class FacetFilters<T> {

	private final Map<String, Specification<T>> byFacet;

	private FacetFilters(Map<String, Specification<T>> byFacet) {
		this.byFacet = byFacet;
	}

	public static <T> FacetFilters<T> of() {
		return new FacetFilters<>(new LinkedHashMap<>());
	}

	/** These filters and one more, named after the facet that sets it (or anything unique). */
	public FacetFilters<T> and(String facet, Specification<T> filter) {
		Map<String, Specification<T>> more = new LinkedHashMap<>(byFacet);
		more.merge(facet, filter, Specification::and);
		return new FacetFilters<>(more);
	}

	/** Every filter, as the list applies them. */
	public Specification<T> all() {
		return Specification.allOf(byFacet.values());
	}

	/** Every filter but the facet's own. */
	public Specification<T> allBut(String facet) {
		return Specification.allOf(byFacet.entrySet()
			.stream()
			.filter(entry -> !entry.getKey().equals(facet))
			.map(Map.Entry::getValue)
			.toList());
	}

}
