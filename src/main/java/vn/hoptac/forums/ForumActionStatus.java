package vn.hoptac.forums;

/** Whether a follow-up action agreed at a forum is still to do. */
public enum ForumActionStatus {

	OPEN, DONE, DROPPED

}
