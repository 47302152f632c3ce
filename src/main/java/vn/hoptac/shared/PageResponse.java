package vn.hoptac.shared;

import java.util.List;
import java.util.function.Function;

import org.springframework.data.domain.Page;

/**
 * The one paging envelope of every list in the API. Pages count from 0. {@code total} is exact
 * unless {@code totalExact} is false: then more than {@code total} records match
 * ({@link RecordList#TOTAL_CAP}; {@link RecordList#FREE_TEXT_TOTAL_CAP} with free text).
 */
public record PageResponse<T>(List<T> items, long total, int page, int size, boolean totalExact) {

	public static <E, T> PageResponse<T> of(Page<E> page, Function<E, T> mapper) {
		return of(page, page.getContent().stream().map(mapper).toList());
	}

	/** A page whose items were rendered apart, in its order. */
	public static <T> PageResponse<T> of(Page<?> page, List<T> items) {
		boolean exact = !(page instanceof ListPage<?> list) || list.isTotalExact();
		return new PageResponse<>(items, page.getTotalElements(), page.getNumber(), page.getSize(), exact);
	}

}
