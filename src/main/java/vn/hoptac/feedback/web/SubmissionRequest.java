package vn.hoptac.feedback.web;

import jakarta.validation.constraints.Size;

import vn.hoptac.feedback.Feedback;
import vn.hoptac.feedback.FeedbackCategory;
import vn.hoptac.feedback.FeedbackOrigin;
import vn.hoptac.feedback.Submission;
import vn.hoptac.shared.AcceptsFieldsOf;

/**
 * Feedback as the public submits it through the API (no sign-in). {@code anonymous}: the name and
 * contact are not stored; {@code consent} must be true. Staff may post back what they read.
 */
@AcceptsFieldsOf(FeedbackResponse.class)
record SubmissionRequest(Long formId, Integer rating, FeedbackCategory category,
		@Size(max = Feedback.COMMENT_LENGTH) String comment, Long communeId, Boolean anonymous,
		@Size(max = Feedback.PERSON_LENGTH) String name, @Size(max = Feedback.PERSON_LENGTH) String contact,
		Boolean consent) {

	Submission toSubmission(String language) {
		return Submission.of(formId, rating, category, comment, communeId, Boolean.TRUE.equals(anonymous), name,
				contact, Boolean.TRUE.equals(consent), language, FeedbackOrigin.PUBLIC_API);
	}

}
