package vn.hoptac.events.web;

import java.util.List;

import vn.hoptac.events.Membership;
import vn.hoptac.events.MembershipKind;
import vn.hoptac.events.MembershipStatus;
import vn.hoptac.partners.Party;
import vn.hoptac.partners.PartyDirectory;
import vn.hoptac.shared.Visibility;
import vn.hoptac.sources.CitationResponse;

/**
 * A membership in full; its writable fields are those of {@link MembershipRequest}. {@code title}
 * ("network – member") is derived; {@code awards} are those received within it, read only (they
 * are written at {@code /api/v1/memberships/{id}/awards}).
 */
record MembershipResponse(Long id, String title, Long networkOrganisationId, Party network,
		Long memberLocalityId, Long memberOrganisationId, Party member, MembershipKind kind,
		MembershipStatus status, String since, String until, String note, List<RoleResponse> roles,
		List<AwardResponse> awards, String source, Visibility visibility, Long ownerProvinceId, long version,
		List<CitationResponse> sourceCitations) {

	static MembershipResponse of(Membership m, PartyDirectory.Lookup names, List<AwardResponse> awards,
			List<CitationResponse> sourceCitations) {
		return new MembershipResponse(m.getId(), m.getTitle(), m.getNetworkOrganisationId(),
				names.party(null, m.getNetworkOrganisationId()), m.getMemberLocalityId(), m.getMemberOrganisationId(),
				names.party(m.getMemberLocalityId(), m.getMemberOrganisationId()), m.getKind(), m.getStatus(),
				Dates.text(m.getSince()), Dates.text(m.getUntil()), m.getNote(),
				m.getRoles()
					.stream()
					.map(r -> new RoleResponse(r.role(), Dates.text(r.from()), Dates.text(r.to())))
					.toList(),
				awards, m.getSource(), m.getStewardship().visibility(), m.getStewardship().provinceId(),
				m.getVersion(), sourceCitations);
	}

	/** A role held, as {@link MembershipRequest.RoleRequest} takes it. */
	record RoleResponse(String role, String from, String to) {
	}

}
