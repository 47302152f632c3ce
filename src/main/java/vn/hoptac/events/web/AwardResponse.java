package vn.hoptac.events.web;

import java.util.List;

import vn.hoptac.events.Award;
import vn.hoptac.partners.Party;
import vn.hoptac.partners.PartyDirectory;
import vn.hoptac.shared.Visibility;
import vn.hoptac.sources.CitationResponse;

/** An award; its writable fields are those of {@link AwardRequest}; {@code recipient} and {@code awardedBy} name them. */
record AwardResponse(Long id, String title, Long vnLocalityId, Long vnOrganisationId, Party recipient,
		Long membershipId, Long eventId, Long projectId, String awardedOn, Long awardedByOrganisationId,
		Party awardedBy, String note, String source, Visibility visibility, Long ownerProvinceId, long version,
		List<CitationResponse> sourceCitations) {

	static AwardResponse of(Award a, PartyDirectory.Lookup names, List<CitationResponse> sourceCitations) {
		return new AwardResponse(a.getId(), a.getTitle(), a.getVnLocalityId(), a.getVnOrganisationId(),
				names.party(a.getVnLocalityId(), a.getVnOrganisationId()), a.getMembershipId(), a.getEventId(),
				a.getProjectId(), Dates.text(a.getAwarded()), a.getAwardedByOrganisationId(),
				names.party(null, a.getAwardedByOrganisationId()), a.getNote(), a.getSource(),
				a.getStewardship().visibility(), a.getStewardship().provinceId(), a.getVersion(), sourceCitations);
	}

}
