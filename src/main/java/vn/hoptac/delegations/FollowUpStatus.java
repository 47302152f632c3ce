package vn.hoptac.delegations;

/** Whether a follow-up agreed during a delegation is still to do. */
public enum FollowUpStatus {

	OPEN, DONE, DROPPED

}
