package vn.hoptac.forums;

import java.util.List;

/** Where a forum's follow-up actions stand as a whole: none agreed, one still open, or all settled. */
public enum FollowUpProgress {

	NONE, OPEN, SETTLED;

	static FollowUpProgress of(List<ForumFollowUp> followUps) {
		if (followUps.isEmpty()) {
			return NONE;
		}
		return followUps.stream().anyMatch(f -> f.status() == ForumActionStatus.OPEN) ? OPEN : SETTLED;
	}

}
