package vn.hoptac.partners.web;

import jakarta.validation.constraints.Size;

import vn.hoptac.partners.Organisation;
import vn.hoptac.partners.OrganisationDraft;
import vn.hoptac.partners.OrganisationType;
import vn.hoptac.shared.AcceptsFieldsOf;
import vn.hoptac.shared.NameLengths;
import vn.hoptac.shared.Names;
import vn.hoptac.shared.Visibility;

/**
 * Body of POST and PUT; {@code version} is the one the client read. What GET answers can be sent
 * back as it is: its read-only fields are ignored.
 */
@AcceptsFieldsOf(OrganisationResponse.class)
record OrganisationRequest(OrganisationType type, @NameLengths(max = Organisation.NAME_LENGTH) Names names,
		@Size(max = Organisation.ABBREVIATION_LENGTH) String abbreviation, String country, Long localityId,
		@Size(max = Organisation.WEBSITE_LENGTH) String website, @Size(max = Organisation.SOURCE_LENGTH) String source,
		Visibility visibility, Long version) {

	OrganisationDraft toDraft() {
		return new OrganisationDraft(type, names, abbreviation, country, localityId, website, source, visibility);
	}

}
