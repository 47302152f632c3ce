package vn.hoptac.shared;

import java.util.Map;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * Turns list parameters into a page request. {@code sort} names one of the list's sort keys, with a
 * leading {@code -} for descending; by default lists are in Vietnamese collation order of their name.
 */
public final class Paging {

	public static final int DEFAULT_SIZE = 20;

	public static final int MAX_SIZE = 200;

	private static final Map<String, String> COMMON = Map.of("name", "sortKey", "updated", "updatedAt");

	private Paging() {
	}

	/** A page in a fixed order, for lists that offer no choice of sort. */
	public static Pageable of(Integer page, Integer size, Sort order) {
		Pageable checked = of(page, size, null, Map.of());
		return PageRequest.of(checked.getPageNumber(), checked.getPageSize(), order);
	}

	public static Pageable of(Integer page, Integer size, String sort, Map<String, String> extraSortKeys) {
		int number = page == null ? 0 : page;
		int length = size == null ? DEFAULT_SIZE : size;
		var errors = new RuleViolationException.Collector();
		errors.rejectIf(number < 0, "page", "validation.page");
		errors.rejectIf(length < 1 || length > MAX_SIZE, "size", "validation.size", MAX_SIZE);
		String key = sort == null || sort.isBlank() ? "name" : sort.trim();
		boolean descending = key.startsWith("-");
		String name = descending ? key.substring(1) : key;
		String attribute = extraSortKeys.getOrDefault(name, COMMON.get(name));
		errors.rejectIf(attribute == null, "sort", "validation.sort", key);
		errors.throwIfAny();
		Sort order = Sort.by(descending ? Sort.Direction.DESC : Sort.Direction.ASC, attribute).and(Sort.by("id"));
		return PageRequest.of(number, length, order);
	}

}
