package vn.hoptac.feedback;

import java.time.Instant;

/**
 * Feedback as a member of the public submits it (or a survey export holds it). When
 * {@code anonymous}, the name and contact are dropped before anything is stored.
 * {@code externalUuid} and {@code submittedAt} come from an imported survey only.
 */
public record Submission(Long formId, Integer rating, FeedbackCategory category, String comment, Long communeId,
		boolean anonymous, String name, String contact, boolean consented, String language, FeedbackOrigin origin,
		String externalUuid, Instant submittedAt) {

	/** A submission on the page or through the API, now. */
	public static Submission of(Long formId, Integer rating, FeedbackCategory category, String comment, Long communeId,
			boolean anonymous, String name, String contact, boolean consented, String language, FeedbackOrigin origin) {
		return new Submission(formId, rating, category, comment, communeId, anonymous, name, contact, consented,
				language, origin, null, null);
	}

}
