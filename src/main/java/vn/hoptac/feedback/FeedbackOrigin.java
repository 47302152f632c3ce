package vn.hoptac.feedback;

/** How feedback arrived: the public page, the API, or an imported survey export. */
public enum FeedbackOrigin {

	PAGE, API, IMPORT

}
