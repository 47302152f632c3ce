package vn.hoptac.feedback.web;

import java.time.Instant;
import java.util.List;

import vn.hoptac.feedback.Feedback;
import vn.hoptac.feedback.FeedbackCategory;
import vn.hoptac.feedback.FeedbackOrigin;
import vn.hoptac.feedback.FeedbackReply;
import vn.hoptac.feedback.FeedbackStatus;

/**
 * Feedback in full, for staff of its province: with its triage and replies. {@code consent} is always
 * true: feedback without it is refused (an imported survey asked for it itself).
 */
record FeedbackResponse(Long id, Long formId, String formTitle, int rating, FeedbackCategory category, String comment,
		Long communeId, boolean anonymous, String name, String contact, boolean consent, String language,
		FeedbackOrigin origin,
		String externalUuid, FeedbackStatus status, Instant submittedAt, Instant firstResponseAt,
		Long responseSeconds, Instant resolvedAt, Long ownerProvinceId, long version, List<Reply> replies) {

	static FeedbackResponse of(Feedback f, List<FeedbackReply> replies) {
		return new FeedbackResponse(f.getId(), f.getFormId(), f.getTitle(), f.getRating(), f.getCategory(),
				f.getComment(), f.getCommuneId(), f.isAnonymous(), f.getSubmitterName(), f.getSubmitterContact(), true,
				f.getLanguage(), f.getOrigin(), f.getExternalUuid(), f.getStatus(), f.getSubmittedAt(),
				f.getFirstResponseAt(), f.getResponseSeconds(), f.getResolvedAt(), f.getStewardship().provinceId(),
				f.getVersion(), replies.stream().map(Reply::of).toList());
	}

	/** A row of the list. */
	record Item(Long id, Long formId, String formTitle, int rating, FeedbackCategory category, FeedbackStatus status,
			boolean anonymous, Instant submittedAt, long version) {

		static Item of(Feedback f) {
			return new Item(f.getId(), f.getFormId(), f.getTitle(), f.getRating(), f.getCategory(), f.getStatus(),
					f.isAnonymous(), f.getSubmittedAt(), f.getVersion());
		}

	}

	/** A staff reply. */
	record Reply(Long id, String text, String author, Instant repliedAt) {

		static Reply of(FeedbackReply r) {
			return new Reply(r.getId(), r.getText(), r.getAuthor(), r.getRepliedAt());
		}

	}

	/** What the submitter gets back: that the feedback was received, nothing more. */
	record Receipt(Long id, Long formId, Instant submittedAt) {

		static Receipt of(Feedback f) {
			return new Receipt(f.getId(), f.getFormId(), f.getSubmittedAt());
		}

	}

}
