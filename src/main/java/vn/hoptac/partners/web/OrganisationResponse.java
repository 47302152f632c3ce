package vn.hoptac.partners.web;

import vn.hoptac.partners.Organisation;
import vn.hoptac.partners.OrganisationType;
import vn.hoptac.partners.Party;
import vn.hoptac.partners.PartyDirectory;
import vn.hoptac.shared.Names;
import vn.hoptac.shared.Visibility;

/**
 * An organisation as the API shows it; {@code name} is in the request's language and
 * {@code locality} names the seat that {@code localityId} refers to.
 */
record OrganisationResponse(Long id, OrganisationType type, String name, Names names, String abbreviation,
		String country, Long localityId, Party locality, String website, String source, Visibility visibility, Long ownerProvinceId,
		long version) {

	static OrganisationResponse of(Organisation o, PartyDirectory.Lookup places) {
		return new OrganisationResponse(o.getId(), o.getType(), o.getNames().current(), o.getNames(),
				o.getAbbreviation(), o.getCountry(), o.getLocalityId(), places.party(o.getLocalityId(), null), o.getWebsite(),
				o.getSource(), o.getStewardship().visibility(), o.getStewardship().provinceId(), o.getVersion());
	}

}
