package vn.hoptac.partners.internal;

import org.springframework.stereotype.Component;

import vn.hoptac.partners.Partnership;
import vn.hoptac.shared.SearchTextMigration;

/**
 * Partnerships' search text used to hold copies of their parties' names, which went stale when a
 * party was renamed; lists now find parties by their current names, so it is reduced to the
 * partnership's own title and description.
 */
@Component
class PartnershipOwnSearchText extends SearchTextMigration {

	PartnershipOwnSearchText() {
		super("8.1", "partnership", Partnership.SEARCH_TEXT_LENGTH, "title", "description");
	}

}
