package vn.hoptac.shared;

import jakarta.persistence.MappedSuperclass;

/**
 * A kept record with a list of its own: the source it was recorded from, and the folded text and
 * collation key its list searches and orders by, which the record type computes from its own fields.
 */
@MappedSuperclass
public abstract class StewardedRecord extends KeptRecord {

	/** The lengths of {@code search_text} and {@code sort_key} where a table has no others. */
	protected static final int SEARCH_TEXT_LENGTH = 3000;

	protected static final int SORT_KEY_LENGTH = 1200;

	/** How long a source citation may be, in every record type. */
	public static final int SOURCE_LENGTH = 500;

	protected String source;

	protected String searchText;

	protected String sortKey;

	/** Sets the list's search text from {@code text} and its order from {@code title}. */
	protected void listedAs(String title, String... text) {
		this.searchText = Text.fit(Text.searchText(text), SEARCH_TEXT_LENGTH);
		this.sortKey = Text.fit(Text.sortKey(title), SORT_KEY_LENGTH);
	}

	public String getSource() {
		return source;
	}

}
