package vn.hoptac.partners.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import vn.hoptac.partners.CooperationField;
import vn.hoptac.partners.Milestone;
import vn.hoptac.partners.Partnership;
import vn.hoptac.partners.PartnershipLevel;
import vn.hoptac.partners.PartnershipStatus;
import vn.hoptac.partners.PartnershipType;
import vn.hoptac.partners.Party;
import vn.hoptac.partners.PartyDirectory;
import vn.hoptac.partners.StatusChange;
import vn.hoptac.partners.TypeChange;
import vn.hoptac.shared.Visibility;

/** A partnership in full, as its detail shows it: fields, type and status histories, milestones. */
record PartnershipResponse(Long id, String title, PartnershipLevel level, Party vnParty, Party foreignParty,
		String foreignCountry, PartnershipType type, PartnershipStatus status, LocalDate establishedOn,
		String description, String source, Visibility visibility, Long ownerProvinceId, long version,
		Set<CooperationField> fields, List<TypeChange> typeHistory,
		List<StatusChange> statusHistory, List<Milestone> milestones) {

	static PartnershipResponse of(Partnership p, PartyDirectory.Lookup parties) {
		return new PartnershipResponse(p.getId(), p.getTitle(), p.getLevel(),
				parties.party(p.getVnLocalityId(), p.getVnOrganisationId()),
				parties.party(p.getForeignLocalityId(), p.getForeignOrganisationId()), p.getForeignCountry(),
				p.getCurrentType(), p.getCurrentStatus(), p.getEstablishedOn(), p.getDescription(), p.getSource(),
				p.getStewardship().visibility(), p.getStewardship().provinceId(), p.getVersion(), p.getFields(), p.getTypeHistory(),
				p.getStatusHistory(), p.getMilestones());
	}

}
