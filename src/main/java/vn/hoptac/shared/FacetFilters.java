package vn.hoptac.shared;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;

import org.springframework.data.jpa.domain.Specification;

/**
 * A list's filters, each under the name of its facet, so that a facet is counted over all the other
 * filters and not its own: choosing "Korea" still shows how many records each other country has.
 * A filter without a value ({@link Specs#holdsNoValue}) is left out, so the filters know whether
 * they restrict the list at all without a query being built.
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
		if (Specs.holdsNoValue(filter)) {
			return this;
		}
		Map<String, Specification<T>> more = new LinkedHashMap<>(byFacet);
		more.merge(facet, filter, Specification::and);
		return new FacetFilters<>(more);
	}

	/** Whether any filter holds a value, i.e. restricts the list. */
	public boolean restricts() {
		return !byFacet.isEmpty();
	}

	/** Every filter, as the list applies them; it says whether it restricts the list ({@link Selection}). */
	public Specification<T> all() {
		return restricts() ? new Selection<>(Specification.allOf(byFacet.values())) : Specification.unrestricted();
	}

	/** Every filter but the facet's own. */
	public Specification<T> allBut(String facet) {
		return Specification.allOf(byFacet.entrySet()
			.stream()
			.filter(entry -> !entry.getKey().equals(facet))
			.map(Map.Entry::getValue)
			.toList());
	}

	/** The filters of a list that hold at least one value: {@link RecordList} then looks for the matches. */
	record Selection<T>(Specification<T> filters) implements Specification<T> {

		@Override
		public Predicate toPredicate(Root<T> root, CriteriaQuery<?> query, CriteriaBuilder cb) {
			return filters.toPredicate(root, query, cb);
		}

	}

}
