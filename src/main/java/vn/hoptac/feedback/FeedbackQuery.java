package vn.hoptac.feedback;

/** Filters of the feedback list; null means "any". */
public record FeedbackQuery(String text, Long form, FeedbackStatus status, Integer rating,
		FeedbackCategory category) {

	public boolean narrowed() {
		return text != null || form != null || status != null || rating != null || category != null;
	}

}
