package vn.hoptac.feedback;

/** How feedback arrived: the public page, the API, or an imported survey export. */
public enum FeedbackOrigin {

	PUBLIC_PAGE, PUBLIC_API, SURVEY_IMPORT

}
