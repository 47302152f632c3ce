package vn.hoptac.shared;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * The sortable column headers of a list: each names a sort key ({@link Paging}); its link sorts by
 * it, ascending first and descending when it already sorts ascending, on the first page and with
 * every other parameter of the request (its filters) kept. {@link #ariaSort} tells assistive
 * technology which column orders the list. Without a {@code sort} the list is by name.
 */
public record SortLinks(String path, String query, String current) {

	private static final String DEFAULT = "name";

	public static SortLinks of(HttpServletRequest request, String current) {
		return new SortLinks(request.getRequestURI(), request.getQueryString(),
				current == null || current.isBlank() ? DEFAULT : current.trim());
	}

	public String href(String key) {
		String next = current.equals(key) ? "-" + key : key;
		return UriComponentsBuilder.fromPath(path)
			.query(query)
			.replaceQueryParam("lang")
			.replaceQueryParam("page")
			.replaceQueryParam("sort", next)
			.build()
			.toUriString();
	}

	/** "ascending" or "descending" for the column that orders the list, null (no attribute) otherwise. */
	public String ariaSort(String key) {
		return current.equals(key) ? "ascending" : current.equals("-" + key) ? "descending" : null;
	}

	/** An arrow for sighted readers (hidden from assistive technology, which reads aria-sort). */
	public String arrow(String key) {
		String sort = ariaSort(key);
		return sort == null ? "↕" : sort.equals("ascending") ? "▲" : "▼";
	}

}
