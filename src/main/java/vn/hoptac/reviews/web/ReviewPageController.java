package vn.hoptac.reviews.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.hoptac.audit.AuditService;
import vn.hoptac.partners.PartnershipService;
import vn.hoptac.reviews.ChecklistRating;
import vn.hoptac.reviews.PartnershipReview;
import vn.hoptac.reviews.ReviewConclusion;
import vn.hoptac.reviews.ReviewDraft;
import vn.hoptac.reviews.ReviewKind;
import vn.hoptac.reviews.ReviewQuery;
import vn.hoptac.reviews.ReviewService;
import vn.hoptac.shared.Access;
import vn.hoptac.shared.Deletions;
import vn.hoptac.shared.FormFields;
import vn.hoptac.shared.Htmx;
import vn.hoptac.shared.PageLinks;
import vn.hoptac.shared.Paging;
import vn.hoptac.shared.RecordFormPages;
import vn.hoptac.shared.Role;

/**
 * The review pages: the faceted list (htmx refreshes its rows), a review with its checklist, its
 * audit history, one form to create (from a reminder: the partnership and period filled in) and
 * edit, and the delete step. Everything goes through {@link ReviewService}, as the API does.
 */
@Controller
@RequestMapping("/reviews")
class ReviewPageController extends RecordFormPages<PartnershipReview, ReviewDraft, ReviewForm> {

	static final Role[] WRITERS = { Role.ADMIN, Role.PROVINCE_ADMIN, Role.PROVINCE_OFFICER, Role.DEPARTMENT_FOCAL };

	private final ReviewService reviews;

	private final PartnershipService partnerships;

	private final AuditService audit;

	private final Clock clock;

	ReviewPageController(ReviewService reviews, PartnershipService partnerships, AuditService audit,
			Deletions deletions, Clock clock) {
		super("/reviews", "review", reviews, deletions, PartnershipReview::getTitle, UnaryOperator.identity());
		this.reviews = reviews;
		this.partnerships = partnerships;
		this.audit = audit;
		this.clock = clock;
	}

	@GetMapping
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) Long partnership,
			@RequestParam(required = false) ReviewKind kind, @RequestParam(required = false) ReviewConclusion conclusion,
			@RequestParam(required = false) Integer year, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size, HttpServletRequest request, HttpServletResponse response,
			Model model) {
		var query = new ReviewQuery(FormFields.trimmed(q), partnership, kind, conclusion, year);
		Page<PartnershipReview> found = reviews.search(query,
				Paging.of(page, size, "-reviewed", ReviewApiController.SORT_KEYS));
		String lastPage = PageLinks.lastPageInstead(found, request,
				p -> reviews.search(query, p));
		if (lastPage != null) {
			return "redirect:" + lastPage;
		}
		model.addAttribute("found", found.getContent());
		model.addAttribute("pages", PageLinks.of(found, request));
		model.addAttribute("filters", new Filters(FormFields.trimmed(q), partnership, kind, conclusion, year));
		boolean fragment = Htmx.wantsFragment(request, response);
		boolean ownForm = fragment && Htmx.targets(request, "review-rows");
		model.addAttribute("facetsOutOfBand", ownForm);
		if (!fragment || ownForm) {
			model.addAttribute("facets", reviews.facetCounts(query));
			model.addAttribute("kindOptions", ReviewKind.values());
			model.addAttribute("conclusionOptions", ReviewConclusion.values());
			model.addAttribute("yearOptions", years());
		}
		return fragment ? "reviews/list :: rows" : "reviews/list";
	}

	@GetMapping("/{id}")
	String detail(@PathVariable long id, Model model) {
		PartnershipReview review = reviews.get(id);
		model.addAttribute("review", review);
		model.addAttribute("canEdit", canEdit(review.getStewardship()));
		model.addAttribute("canDelete", canDelete(review.getStewardship()));
		return "reviews/detail";
	}

	@GetMapping("/{id}/history")
	String history(@PathVariable long id, Model model) {
		model.addAttribute("review", reviews.get(id));
		model.addAttribute("events", audit.historyOf(ReviewService.ENTITY, id));
		return "reviews/history";
	}

	@GetMapping("/new")
	String newForm(@RequestParam(required = false) Long partnership, @RequestParam(required = false) ReviewKind kind,
			@RequestParam(required = false) Integer year, @RequestParam(required = false) Integer half, Model model) {
		Access.checkRole(WRITERS);
		LocalDate today = LocalDate.now(clock);
		// a reminder's link names the period only: a half year is a six-monthly review, a year an annual one
		ReviewKind chosen = kind != null || year == null ? kind : half != null ? ReviewKind.SEMIANNUAL : ReviewKind.ANNUAL;
		return form(ReviewForm.blank(partnership, chosen, year == null ? today.getYear() : year, half, today), null,
				model);
	}

	@Override
	protected ReviewForm formOf(PartnershipReview review) {
		return ReviewForm.of(review);
	}

	@Override
	protected ReviewDraft draft(ReviewForm form) {
		return form.toDraft();
	}

	@Override
	protected String form(ReviewForm form, PartnershipReview existing, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("review", existing);
		model.addAttribute("id", existing == null ? null : existing.getId());
		model.addAttribute("partnershipOptions", partnerships.formOptions(form.getPartnershipId()));
		model.addAttribute("kindOptions", ReviewKind.values());
		model.addAttribute("ratingOptions", ChecklistRating.values());
		model.addAttribute("conclusionOptions", ReviewConclusion.values());
		model.addAttribute("checklist", List.of("objectives", "activities", "resources", "benefits"));
		return "reviews/form";
	}

	private List<Integer> years() {
		int now = LocalDate.now(clock).getYear();
		return IntStream.iterate(now, y -> y >= now - 15, y -> y - 1).boxed().toList();
	}

	/** The list's current filters, to show them selected in the facets. */
	record Filters(String q, Long partnership, ReviewKind kind, ReviewConclusion conclusion, Integer year) {

		public boolean narrowed() {
			return q != null || partnership != null || kind != null || conclusion != null || year != null;
		}

	}

}
