package vn.hoptac.forums;

import java.util.List;

import vn.hoptac.shared.DatePrecision.PartialDate;
import vn.hoptac.shared.Visibility;

/**
 * What a writer states of a forum. {@code vnLocalityId} is the province it belongs to, which keeps
 * it; a participant without a pillar takes the one its organisation's type tells.
 */
public record ForumDraft(String title, ForumKind kind, PartialDate heldOn, String place, Long vnLocalityId,
		Long partnershipId, List<ForumParticipant> participants, String agenda, String minutes,
		List<String> decisions, List<ForumFollowUp> followUps, String source, Visibility visibility) {

	public ForumDraft {
		participants = participants == null ? List.of() : participants;
		decisions = decisions == null ? List.of() : decisions;
		followUps = followUps == null ? List.of() : followUps;
	}

}
