package vn.hoptac.partners.web;

import vn.hoptac.partners.OrganisationDraft;
import vn.hoptac.partners.OrganisationType;
import vn.hoptac.shared.Names;
import vn.hoptac.shared.Visibility;

/** Body of POST and PUT; {@code version} is the one the client read. */
record OrganisationRequest(OrganisationType type, Names names, String abbreviation, String country, Long localityId,
		String website, String source, Visibility visibility, Long version) {

	OrganisationDraft toDraft() {
		return new OrganisationDraft(type, names, abbreviation, country, localityId, website, source, visibility);
	}

}
