package vn.hoptac.shared;

import java.util.List;
import java.util.function.Function;

import org.springframework.data.domain.Page;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * The one paging envelope of every list in the API. Pages count from 0. {@code total} is exact
 * unless {@code totalExact} is false: then more than {@code total} records match
 * ({@link RecordList#TOTAL_CAP}; {@link RecordList#FREE_TEXT_TOTAL_CAP} with free text).
 * {@code query}, never sent: what the list read ({@link ListPage#query()}), for its export.
 */
public record PageResponse<T>(List<T> items, long total, int page, int size, boolean totalExact,
		@JsonIgnore RecordList.Query query) {

	public PageResponse(List<T> items, long total, int page, int size, boolean totalExact) {
		this(items, total, page, size, totalExact, null);
	}

	public static <E, T> PageResponse<T> of(Page<E> page, Function<E, T> mapper) {
		return of(page, page.getContent().stream().map(mapper).toList());
	}

	/** A page whose items were rendered apart, in its order. */
	public static <T> PageResponse<T> of(Page<?> page, List<T> items) {
		ListPage<?> list = page instanceof ListPage<?> read ? read : null;
		return new PageResponse<>(items, page.getTotalElements(), page.getNumber(), page.getSize(),
				list == null || list.isTotalExact(), list == null ? null : list.query());
	}

}
