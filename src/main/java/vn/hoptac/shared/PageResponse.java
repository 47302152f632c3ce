package vn.hoptac.shared;

import java.util.List;
import java.util.function.Function;

import org.springframework.data.domain.Page;

/** The one paging envelope of every list in the API. Pages count from 0. */
public record PageResponse<T>(List<T> items, long total, int page, int size) {

	public static <E, T> PageResponse<T> of(Page<E> page, Function<E, T> mapper) {
		return new PageResponse<>(page.getContent().stream().map(mapper).toList(), page.getTotalElements(),
				page.getNumber(), page.getSize());
	}

	/** A page whose items were rendered apart, in its order (a page of ids, say). */
	public static <T> PageResponse<T> of(Page<?> page, List<T> items) {
		return new PageResponse<>(items, page.getTotalElements(), page.getNumber(), page.getSize());
	}

}
