package vn.hoptac.shared;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.data.domain.Page;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The pager under a list: where the page's rows start and end, and links to the neighbouring pages
 * that keep every other parameter of the request (its filters). Past {@link RecordList#TOTAL_CAP}
 * the total is not exact ({@code totalExact} false) and the next link stays while the page is full.
 */
public record PageLinks(long total, long first, long last, int number, int totalPages, String previous,
		String next, boolean totalExact) {

	public static PageLinks of(Page<?> page, HttpServletRequest request) {
		long first = page.getNumberOfElements() == 0 ? 0 : page.getPageable().getOffset() + 1;
		long last = page.getNumberOfElements() == 0 ? 0 : first + page.getNumberOfElements() - 1;
		return new PageLinks(page.getTotalElements(), first, last, page.getNumber(), page.getTotalPages(),
				page.hasPrevious() ? link(request, page.getNumber() - 1) : null,
				page.hasNext() ? link(request, page.getNumber() + 1) : null,
				!(page instanceof ListPage<?> list) || list.isTotalExact());
	}

	/**
	 * Where a request for a page past the end of a non-empty list goes instead: its last page (with
	 * the same filters); null when the page is within the list or the list is empty ("nothing").
	 */
	public static String lastPageInstead(Page<?> page, HttpServletRequest request) {
		boolean pastTheEnd = page.getNumberOfElements() == 0 && page.getNumber() > 0 && page.getTotalElements() > 0;
		return pastTheEnd ? link(request, Math.max(page.getTotalPages() - 1, 0)) : null;
	}

	private static String link(HttpServletRequest request, int number) {
		return UriComponentsBuilder.fromPath(request.getRequestURI())
			.query(request.getQueryString())
			.replaceQueryParam("lang")
			.replaceQueryParam("page", number)
			.build()
			.toUriString();
	}

}
