package vn.hoptac.monitoring;

import vn.hoptac.shared.Text;

/** The list columns every monitoring record keeps: folded search text and the collation sort key. */
final class Records {

	static final int SEARCH_TEXT_LENGTH = 3000;

	static final int SORT_KEY_LENGTH = 1200;

	private Records() {
	}

	static String searchText(String... parts) {
		return Text.fit(Text.searchText(parts), SEARCH_TEXT_LENGTH);
	}

	static String sortKey(String title) {
		return Text.fit(Text.sortKey(title), SORT_KEY_LENGTH);
	}

}
