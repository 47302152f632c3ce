package vn.hoptac.partners;

import vn.hoptac.shared.Names;
import vn.hoptac.shared.Visibility;

/** What a user states about an organisation. */
public record OrganisationDraft(OrganisationType type, Names names, String abbreviation, String country,
		Long localityId, String website, String source, Visibility visibility) {
}
