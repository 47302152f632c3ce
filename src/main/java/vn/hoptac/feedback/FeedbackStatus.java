package vn.hoptac.feedback;

/** Staff triage: new feedback is acknowledged, then resolved (never back). */
public enum FeedbackStatus {

	NEW, ACKNOWLEDGED, RESOLVED;

	/** Whether triage may move feedback from this status to {@code next}: forward only. */
	public boolean mayMoveTo(FeedbackStatus next) {
		return next.ordinal() > ordinal();
	}

}
