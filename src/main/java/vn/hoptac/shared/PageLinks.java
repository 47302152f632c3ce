package vn.hoptac.shared;

import jakarta.servlet.http.HttpServletRequest;

import java.util.function.Function;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
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
	 * Where a request for a page past the end of a list goes instead: its last page, with the same
	 * filters (the first, saying there is nothing, when the list is empty); null when the page has
	 * rows or is the first. {@code list} answers the same list for another page: an empty page past
	 * the end does not know the list's total, so the first page is asked for it.
	 */
	public static String lastPageInstead(Page<?> page, HttpServletRequest request,
			Function<Pageable, ? extends Page<?>> list) {
		if (page.getNumberOfElements() > 0 || page.getNumber() == 0) {
			return null;
		}
		Page<?> first = list.apply(page.getPageable().withPage(0));
		return link(request, Math.max(first.getTotalPages() - 1, 0));
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
