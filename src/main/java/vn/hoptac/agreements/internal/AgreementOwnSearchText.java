package vn.hoptac.agreements.internal;

import org.springframework.stereotype.Component;

import vn.hoptac.agreements.Agreement;
import vn.hoptac.shared.SearchTextMigration;

/**
 * Agreements' search text used to hold copies of their parties' names, which went stale when a
 * party was renamed; lists now find parties by their current names, so it is reduced to the
 * agreement's own title and summary.
 */
@Component
class AgreementOwnSearchText extends SearchTextMigration {

	AgreementOwnSearchText() {
		super("8.2", "agreement", Agreement.SEARCH_TEXT_LENGTH, "title", "summary");
	}

}
