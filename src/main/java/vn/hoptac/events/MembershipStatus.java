package vn.hoptac.events;

/** Whether a membership still holds; UNKNOWN when the source does not say. */
public enum MembershipStatus {

	ACTIVE, ENDED, UNKNOWN

}
