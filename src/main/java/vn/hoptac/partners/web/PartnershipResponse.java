package vn.hoptac.partners.web;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import vn.hoptac.partners.CooperationField;
import vn.hoptac.partners.Partnership;
import vn.hoptac.partners.PartnershipLevel;
import vn.hoptac.partners.PartnershipStatus;
import vn.hoptac.partners.PartnershipType;
import vn.hoptac.partners.Party;
import vn.hoptac.partners.PartyDirectory;
import vn.hoptac.partners.web.PartnershipRequest.MilestoneEntry;
import vn.hoptac.partners.web.PartnershipRequest.StatusEntry;
import vn.hoptac.partners.web.PartnershipRequest.TypeEntry;
import vn.hoptac.shared.DatePrecision;
import vn.hoptac.shared.DatePrecision.PartialDate;
import vn.hoptac.shared.Visibility;
import vn.hoptac.sources.CitationResponse;

/**
 * A partnership in full, as its detail shows it: fields, type and status histories, milestones.
 * Its writable fields are those of {@link PartnershipRequest}, with the same names and shapes;
 * {@code vnParty} and {@code foreignParty} name the parties the ids refer to; {@code fields} are in
 * their declared order, so that the same record always reads the same; {@code sourceCitations}
 * reads {@code source} as the documents it cites and the locators within them; {@code establishedOn}
 * (read-only, from the earliest dated entry) is as precise as it is known ({@code 2005}, {@code 2005-03}
 * or {@code 2005-03-12}), its precision in {@code establishedPrecision}.
 */
record PartnershipResponse(Long id, String title, PartnershipLevel level, Long vnLocalityId, Long vnOrganisationId,
		Long foreignLocalityId, Long foreignOrganisationId, Party vnParty, Party foreignParty, String foreignCountry,
		PartnershipType type, PartnershipStatus status, String establishedOn, DatePrecision establishedPrecision,
		String description, String source,
		Visibility visibility, Long ownerProvinceId, long version, Set<CooperationField> fields,
		List<TypeEntry> types, List<StatusEntry> statuses, List<MilestoneEntry> milestones,
		List<CitationResponse> sourceCitations) {

	static PartnershipResponse of(Partnership p, PartyDirectory.Lookup parties, List<CitationResponse> sourceCitations) {
		return new PartnershipResponse(p.getId(), p.getTitle(), p.getLevel(), p.getVnLocalityId(),
				p.getVnOrganisationId(), p.getForeignLocalityId(), p.getForeignOrganisationId(),
				parties.party(p.getVnLocalityId(), p.getVnOrganisationId()),
				parties.party(p.getForeignLocalityId(), p.getForeignOrganisationId()), p.getForeignCountry(),
				p.getCurrentType(), p.getCurrentStatus(), established(p), p.getEstablishedPrecision(), p.getDescription(), p.getSource(),
				p.getStewardship().visibility(), p.getStewardship().provinceId(), p.getVersion(), new TreeSet<>(p.getFields()),
				p.getTypeHistory().stream().map(TypeEntry::of).toList(),
				p.getStatusHistory().stream().map(StatusEntry::of).toList(),
				p.getMilestones().stream().map(MilestoneEntry::of).toList(), sourceCitations);
	}

	private static String established(Partnership p) {
		return p.getEstablishedOn() == null ? null
				: PartialDate.of(p.getEstablishedOn(), p.getEstablishedPrecision()).toString();
	}

}
