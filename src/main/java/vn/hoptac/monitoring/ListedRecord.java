package vn.hoptac.monitoring;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

import vn.hoptac.shared.Text;

/** A monitoring record with a list of its own: folded search text and the collation sort key of its title. */
@MappedSuperclass
public abstract class ListedRecord extends MonitoringRecord {

	static final int SEARCH_TEXT_LENGTH = 3000;

	static final int SORT_KEY_LENGTH = 1200;

	@Column(length = SEARCH_TEXT_LENGTH)
	private String searchText;

	@Column(length = SORT_KEY_LENGTH)
	private String sortKey;

	void listedAs(String title, String... text) {
		this.searchText = Text.fit(Text.searchText(text), SEARCH_TEXT_LENGTH);
		this.sortKey = Text.fit(Text.sortKey(title), SORT_KEY_LENGTH);
	}

}
