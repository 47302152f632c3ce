package vn.hoptac.reviews.web;

import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import vn.hoptac.reviews.ChecklistItem;
import vn.hoptac.reviews.ChecklistRating;
import vn.hoptac.reviews.PartnershipReview;
import vn.hoptac.reviews.ReviewConclusion;
import vn.hoptac.reviews.ReviewDraft;
import vn.hoptac.reviews.ReviewKind;
import vn.hoptac.shared.AcceptsFieldsOf;
import vn.hoptac.shared.RecordRequest;

/**
 * Body of POST and PUT: {@code periodHalf} 1 or 2 for a SEMIANNUAL review, absent for an ANNUAL
 * one; each checklist point is {@code {"rating": "MET", "note": "..."}}; {@code version} is the one
 * read. What GET answers can be sent back as it is.
 */
@AcceptsFieldsOf(ReviewResponse.class)
record ReviewRequest(Long partnershipId, ReviewKind kind, Integer periodYear, Integer periodHalf,
		LocalDate reviewedOn, @Size(max = PartnershipReview.REVIEWER_LENGTH) String reviewer,
		@Valid Checklist objectives, @Valid Checklist activities, @Valid Checklist resources,
		@Valid Checklist benefits, @Size(max = PartnershipReview.TEXT_LENGTH) String problems,
		@Size(max = PartnershipReview.TEXT_LENGTH) String proposals, ReviewConclusion conclusion,
		@Size(max = PartnershipReview.TEXT_LENGTH) String conclusionNote,
		@Size(max = PartnershipReview.SOURCE_LENGTH) String source, Long version)
		implements RecordRequest<ReviewDraft> {

	/** One checklist point: how far it was achieved and what the reviewer wrote. */
	record Checklist(ChecklistRating rating, @Size(max = PartnershipReview.TEXT_LENGTH) String note) {

		ChecklistItem toItem() {
			return new ChecklistItem(rating, note);
		}

	}

	@Override
	public ReviewDraft toDraft() {
		return new ReviewDraft(partnershipId, kind, periodYear, periodHalf, reviewedOn, reviewer, item(objectives),
				item(activities), item(resources), item(benefits), problems, proposals, conclusion, conclusionNote,
				source);
	}

	private static ChecklistItem item(Checklist checklist) {
		return checklist == null ? null : checklist.toItem();
	}

}
