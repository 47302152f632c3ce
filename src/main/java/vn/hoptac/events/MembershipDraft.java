package vn.hoptac.events;

import java.util.List;

import vn.hoptac.shared.DatePrecision.PartialDate;
import vn.hoptac.shared.Visibility;

/** What a user states about a membership: the network, the Vietnamese member, the period and the roles held. */
public record MembershipDraft(Long networkOrganisationId, Long memberLocalityId, Long memberOrganisationId,
		MembershipKind kind, MembershipStatus status, PartialDate since, PartialDate until, String note,
		List<MembershipRole> roles, String source, Visibility visibility) {

	public MembershipDraft {
		roles = roles == null ? List.of() : roles;
	}

}
