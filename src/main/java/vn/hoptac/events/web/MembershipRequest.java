package vn.hoptac.events.web;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import vn.hoptac.events.Membership;
import vn.hoptac.events.MembershipDraft;
import vn.hoptac.events.MembershipKind;
import vn.hoptac.events.MembershipRole;
import vn.hoptac.events.MembershipStatus;
import vn.hoptac.shared.AcceptsFieldsOf;
import vn.hoptac.shared.DatePrecision.PartialDate;
import vn.hoptac.shared.PartialDates;
import vn.hoptac.shared.RecordRequest;
import vn.hoptac.shared.RuleViolationException;
import vn.hoptac.shared.Visibility;

/**
 * Body of POST and PUT: the network (an organisation of type city network or international
 * organisation), the Vietnamese member (a locality or an organisation), dates as precise as known
 * ({@code 2011}, {@code 2018-11}, {@code ..2020}); {@code version} is the one read.
 */
@AcceptsFieldsOf(MembershipResponse.class)
record MembershipRequest(Long networkOrganisationId, Long memberLocalityId, Long memberOrganisationId,
		MembershipKind kind, MembershipStatus status, String since, String until,
		@Size(max = Membership.NOTE_LENGTH) String note, List<@Valid RoleRequest> roles,
		@Size(max = Membership.SOURCE_LENGTH) String source, Visibility visibility, Long version)
		implements RecordRequest<MembershipDraft> {

	/** A role held, with its period as known. */
	record RoleRequest(@Size(max = Membership.ROLE_LENGTH) String role, String from, String to) {
	}

	@Override
	public MembershipDraft toDraft() {
		var errors = new RuleViolationException.Collector();
		PartialDate sinceDate = PartialDates.parse(since, "since", errors);
		PartialDate untilDate = PartialDates.parse(until, "until", errors);
		List<MembershipRole> held = roles == null ? List.of() : new java.util.ArrayList<>();
		for (int i = 0; roles != null && i < roles.size(); i++) {
			RoleRequest r = roles.get(i);
			held.add(MembershipRole.of(r.role(), PartialDates.parse(r.from(), "roles[" + i + "].from", errors),
					PartialDates.parse(r.to(), "roles[" + i + "].to", errors)));
		}
		errors.throwIfAny();
		return new MembershipDraft(networkOrganisationId, memberLocalityId, memberOrganisationId, kind, status,
				sinceDate, untilDate, note, held, source, visibility);
	}

}
