package vn.hoptac.partners.web;

import java.time.LocalDate;

import vn.hoptac.partners.Partnership;
import vn.hoptac.partners.PartnershipLevel;
import vn.hoptac.partners.PartnershipStatus;
import vn.hoptac.partners.PartnershipType;
import vn.hoptac.partners.Party;
import vn.hoptac.partners.PartyDirectory;
import vn.hoptac.shared.DatePrecision;
import vn.hoptac.shared.Visibility;

/**
 * A partnership as a list shows it: its parties, current type and status. The description, fields,
 * histories and milestones are in the detail ({@link PartnershipResponse}).
 */
record PartnershipListItem(Long id, String title, PartnershipLevel level, Party vnParty, Party foreignParty,
		String foreignCountry, PartnershipType type, PartnershipStatus status, LocalDate establishedOn, DatePrecision establishedPrecision,
		String source,
		Visibility visibility, Long ownerProvinceId, long version) {

	static PartnershipListItem of(Partnership p, PartyDirectory.Lookup parties) {
		return new PartnershipListItem(p.getId(), p.getTitle(), p.getLevel(),
				parties.party(p.getVnLocalityId(), p.getVnOrganisationId()),
				parties.party(p.getForeignLocalityId(), p.getForeignOrganisationId()), p.getForeignCountry(),
				p.getCurrentType(), p.getCurrentStatus(), p.getEstablishedOn(), p.getEstablishedPrecision(), p.getSource(),
				p.getStewardship().visibility(), p.getStewardship().provinceId(), p.getVersion());
	}

}
