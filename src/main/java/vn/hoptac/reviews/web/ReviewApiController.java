package vn.hoptac.reviews.web;

import java.util.Map;

import org.springframework.data.domain.Page;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import vn.hoptac.reviews.PartnershipReview;
import vn.hoptac.reviews.ReviewConclusion;
import vn.hoptac.reviews.ReviewDraft;
import vn.hoptac.reviews.ReviewKind;
import vn.hoptac.reviews.ReviewQuery;
import vn.hoptac.reviews.ReviewService;
import vn.hoptac.shared.ApiWrites;
import vn.hoptac.shared.PageResponse;
import vn.hoptac.shared.Paging;
import vn.hoptac.shared.RecordApi;
import vn.hoptac.sources.CitationResponse;
import vn.hoptac.sources.Citations;

@RestController
@RequestMapping("/api/v1/reviews")
@Tag(name = "Reviews", description = "Six-monthly and annual reviews of partnerships: checklist and conclusion")
class ReviewApiController extends RecordApi<PartnershipReview, ReviewDraft, ReviewRequest, ReviewResponse> {

	static final Map<String, String> SORT_KEYS = Map.of("reviewed", "reviewedOn", "year", "periodYear", "name", "sortKey");

	private final ReviewService reviews;

	private final Citations citations;

	ReviewApiController(ReviewService reviews, Citations citations) {
		super(reviews, ApiWrites.of("Review", "a review")
			.created("Record a review of a partnership (one per partnership and period; a second is a 409)"));
		this.reviews = reviews;
		this.citations = citations;
	}

	@Operation(operationId = "listReviews", summary = "List and search partnership reviews")
	@GetMapping
	PageResponse<ReviewResponse.Item> list(@RequestParam(required = false) String q,
			@RequestParam(required = false) Long partnership, @RequestParam(required = false) ReviewKind kind,
			@RequestParam(required = false) ReviewConclusion conclusion, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
			@RequestParam(required = false) String sort) {
		Page<PartnershipReview> found = reviews.search(new ReviewQuery(q, partnership, kind, conclusion, year),
				Paging.of(page, size, sort == null ? "-reviewed" : sort, SORT_KEYS));
		return PageResponse.of(found, ReviewResponse.Item::of);
	}

	@Operation(operationId = "getReview", summary = "Get a review")
	@GetMapping("/{id}")
	ReviewResponse get(@PathVariable long id) {
		return detail(reviews.get(id));
	}

	@Override
	protected ReviewResponse detail(PartnershipReview review) {
		return ReviewResponse.of(review, CitationResponse.of(citations.of(review.getSource())));
	}

}
