package vn.hoptac.forums.web;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import vn.hoptac.forums.Forum;
import vn.hoptac.forums.ForumActionStatus;
import vn.hoptac.forums.ForumDraft;
import vn.hoptac.forums.ForumFollowUp;
import vn.hoptac.forums.ForumKind;
import vn.hoptac.forums.ForumParticipant;
import vn.hoptac.partners.Pillar;
import vn.hoptac.shared.AcceptsFieldsOf;
import vn.hoptac.shared.DatePrecision.PartialDate;
import vn.hoptac.shared.PartialDates;
import vn.hoptac.shared.RecordRequest;
import vn.hoptac.shared.RuleViolationException;
import vn.hoptac.shared.Visibility;

/**
 * Body of POST and PUT. {@code vnLocalityId} is the province the forum belongs to; {@code heldOn} a
 * partial date (2014-12); a participant without {@code pillar} takes the one its organisation's type
 * tells; {@code version} is the one read.
 */
@AcceptsFieldsOf(ForumResponse.class)
record ForumRequest(@Size(max = Forum.TITLE_LENGTH) String title, ForumKind kind, String heldOn,
		@Size(max = Forum.PLACE_LENGTH) String place, Long vnLocalityId, Long partnershipId,
		List<@Valid ParticipantRequest> participants, @Size(max = Forum.AGENDA_LENGTH) String agenda,
		@Size(max = Forum.MINUTES_LENGTH) String minutes,
		List<@Size(max = Forum.TEXT_LENGTH) String> decisions, List<@Valid FollowUpRequest> followUps,
		@Size(max = Forum.SOURCE_LENGTH) String source, Visibility visibility, Long version)
		implements RecordRequest<ForumDraft> {

	@AcceptsFieldsOf(ForumResponse.ParticipantResponse.class)
	record ParticipantRequest(Long organisationId, Pillar pillar) {
	}

	/** A follow-up action: who answers for it (a person or an organisation, as written), by when, and its status. */
	record FollowUpRequest(@Size(max = Forum.TEXT_LENGTH) String action, @Size(max = Forum.OWNER_LENGTH) String owner,
			LocalDate dueOn, ForumActionStatus status, LocalDate doneOn) {
	}

	@Override
	public ForumDraft toDraft() {
		var errors = new RuleViolationException.Collector();
		PartialDate held = PartialDates.parse(heldOn, "heldOn", errors);
		errors.throwIfAny();
		return new ForumDraft(title, kind, held, place, vnLocalityId, partnershipId,
				participants == null ? null
						: participants.stream()
							.map(p -> p == null ? new ForumParticipant(null, null)
									: new ForumParticipant(p.organisationId(), p.pillar()))
							.toList(),
				agenda, minutes, decisions,
				followUps == null ? null
						: followUps.stream()
							.map(f -> f == null ? new ForumFollowUp(null, null, null, null, null)
									: new ForumFollowUp(f.action(), f.owner(), f.dueOn(), f.status(), f.doneOn()))
							.toList(),
				source, visibility);
	}

}
