package vn.hoptac.shared;

import java.util.List;

import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;

/**
 * A page of a list with its total, which is exact up to {@link RecordList#TOTAL_CAP} (with free
 * text {@link RecordList#FREE_TEXT_TOTAL_CAP}); past the cap the total is the cap and
 * {@link #isTotalExact()} is false ("more than 1,000"), since counting is what costs on large tables.
 */
public class ListPage<T> extends PageImpl<T> {

	private final boolean totalExact;

	public ListPage(List<T> content, Pageable pageable, long total, boolean totalExact) {
		super(content, pageable, total);
		this.totalExact = totalExact;
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
