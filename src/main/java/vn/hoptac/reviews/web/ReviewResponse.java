package vn.hoptac.reviews.web;

import java.time.LocalDate;
import java.util.List;

import vn.hoptac.reviews.ChecklistItem;
import vn.hoptac.reviews.PartnershipReview;
import vn.hoptac.reviews.ReviewConclusion;
import vn.hoptac.reviews.ReviewKind;
import vn.hoptac.shared.Visibility;
import vn.hoptac.sources.CitationResponse;

/**
 * A review in full. Its writable fields are those of {@link ReviewRequest}, with the same names and
 * shapes; {@code partnershipTitle} is the partnership's when the review was written, the province and
 * visibility are the partnership's.
 */
record ReviewResponse(Long id, Long partnershipId, String partnershipTitle, ReviewKind kind, Integer periodYear,
		Integer periodHalf, LocalDate reviewedOn, String reviewer, ChecklistItem objectives, ChecklistItem activities,
		ChecklistItem resources, ChecklistItem benefits, String problems, String proposals,
		ReviewConclusion conclusion, String conclusionNote, String source, Visibility visibility,
		Long ownerProvinceId, long version, List<CitationResponse> sourceCitations) {

	static ReviewResponse of(PartnershipReview r, List<CitationResponse> citations) {
		return new ReviewResponse(r.getId(), r.getPartnershipId(), r.getTitle(), r.getKind(), r.getPeriodYear(),
				r.getPeriodHalf(), r.getReviewedOn(), r.getReviewer(), r.getObjectives(), r.getActivities(),
				r.getResources(), r.getBenefits(), r.getProblems(), r.getProposals(), r.getConclusion(),
				r.getConclusionNote(), r.getSource(), r.getStewardship().visibility(), r.getStewardship().provinceId(),
				r.getVersion(), citations);
	}

	/** A row of the list. */
	record Item(Long id, Long partnershipId, String partnershipTitle, ReviewKind kind, Integer periodYear,
			Integer periodHalf, LocalDate reviewedOn, ReviewConclusion conclusion, long version) {

		static Item of(PartnershipReview r) {
			return new Item(r.getId(), r.getPartnershipId(), r.getTitle(), r.getKind(), r.getPeriodYear(),
					r.getPeriodHalf(), r.getReviewedOn(), r.getConclusion(), r.getVersion());
		}

	}

}
