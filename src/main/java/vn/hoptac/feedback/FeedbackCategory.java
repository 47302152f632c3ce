package vn.hoptac.feedback;

/** What a piece of community feedback is about; a form offers some of these. */
public enum FeedbackCategory {

	BENEFIT, QUALITY, ACCESS, INFORMATION, COMPLAINT, SUGGESTION, OTHER

}
