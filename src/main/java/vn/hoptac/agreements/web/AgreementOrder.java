package vn.hoptac.agreements.web;

import vn.hoptac.shared.Text;

/**
 * The order of the agreement list when the reader chooses none: by title, in Vietnamese order;
 * a free-text search newest signed first. Titles share their first words with the words people
 * search for ("Thỏa thuận hợp tác…"), so in title order the matches of a common query sit together
 * far down the list and the database would walk thousands of rows before the first; in order of
 * signature they are spread out, and the page stops after about twenty matches (docs/benchmarks.md).
 */
final class AgreementOrder {

	static final String FREE_TEXT = "-signed";

	private AgreementOrder() {
	}

	/** The sort key to list by: the one requested, else the default for the request. */
	static String of(String sort, String freeText) {
		if (sort != null && !sort.isBlank()) {
			return sort;
		}
		return Text.queryTokens(freeText).isEmpty() ? null : FREE_TEXT;
	}

}
