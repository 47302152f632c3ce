package vn.hoptac.shared;

import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;

/**
 * A page of a list with its total, which is exact up to {@link RecordList#TOTAL_CAP} (with free
 * text {@link RecordList#FREE_TEXT_TOTAL_CAP}); past the cap the total is the cap and
 * {@link #isTotalExact()} is false ("more than 1,000"), since counting is what costs on large tables.
 * A page read by a {@link RecordList} carries the list's {@link RecordList.Query} (its restriction
 * and order), so that an export reads the same rows its own way.
 */
public class ListPage<T> extends PageImpl<T> {

	private final boolean totalExact;

	private final RecordList.Query query;

	public ListPage(List<T> content, Pageable pageable, long total, boolean totalExact) {
		this(content, pageable, total, totalExact, null);
	}

	public ListPage(List<T> content, Pageable pageable, long total, boolean totalExact, RecordList.Query query) {
		super(content, pageable, total);
		this.totalExact = totalExact;
		this.query = query;
	}

	/**
	 * A page a repository read with an exact total (a list of administration, not a {@link RecordList}),
	 * carrying the query it answered, its restriction and the page's order, so that its export reads
	 * the same rows.
	 */
	public static <T> ListPage<T> read(Page<T> page, Class<T> type, Specification<T> where) {
		return new ListPage<>(page.getContent(), page.getPageable(), page.getTotalElements(), true,
				new RecordList.Query(type, where, page.getPageable().getSort()));
	}

	/** What the list read, or null if the page was not read by a {@link RecordList}. */
	public RecordList.Query query() {
		return query;
	}

	public boolean isTotalExact() {
		return totalExact;
	}

	/** Past the cap a full page may have a next one, which the total alone does not show. */
	@Override
	public boolean hasNext() {
		return super.hasNext() || !totalExact && getNumberOfElements() == getSize();
	}

}
