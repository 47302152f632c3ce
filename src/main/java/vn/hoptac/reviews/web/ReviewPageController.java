package vn.hoptac.reviews.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.hoptac.audit.AuditService;
import vn.hoptac.partners.PartnershipService;
import vn.hoptac.reviews.ChecklistRating;
import vn.hoptac.reviews.PartnershipReview;
import vn.hoptac.reviews.ReviewConclusion;
import vn.hoptac.reviews.ReviewKind;
import vn.hoptac.reviews.ReviewQuery;
import vn.hoptac.reviews.ReviewService;
import vn.hoptac.shared.Access;
import vn.hoptac.shared.Deletions;
import vn.hoptac.shared.FormErrors;
import vn.hoptac.shared.FormFields;
import vn.hoptac.shared.Htmx;
import vn.hoptac.shared.PageLinks;
import vn.hoptac.shared.Paging;
import vn.hoptac.shared.RecordPages;
import vn.hoptac.shared.Role;

/**
 * The review pages: the faceted list (htmx refreshes its rows), a review with its checklist, its
 * audit history, one form to create (from a reminder: the partnership and period filled in) and
 * edit, and the delete step. Everything goes through {@link ReviewService}, as the API does.
 */
@Controller
@RequestMapping("/reviews")
class ReviewPageController extends RecordPages {

	static final Role[] WRITERS = { Role.ADMIN, Role.PROVINCE_ADMIN, Role.PROVINCE_OFFICER, Role.DEPARTMENT_FOCAL };

	private final ReviewService reviews;

	private final PartnershipService partnerships;

	private final AuditService audit;

	private final Deletions deletions;

	private final Clock clock;

	ReviewPageController(ReviewService reviews, PartnershipService partnerships, AuditService audit,
			Deletions deletions, Clock clock) {
		this.reviews = reviews;
		this.partnerships = partnerships;
		this.audit = audit;
		this.deletions = deletions;
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

	@PostMapping
	String create(@Valid @ModelAttribute("form") ReviewForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		String next = FormErrors.saveRows(form, result, redirect,
				() -> "redirect:/reviews/" + reviews.create(form.toDraft()).getId(),
				() -> reviews.check(form.toDraft(), null), UnaryOperator.identity());
		return next != null ? next : form(form, null, model);
	}

	@GetMapping("/{id}/edit")
	String editForm(@PathVariable long id, Model model) {
		PartnershipReview review = reviews.get(id);
		Access.checkWrite(review.getStewardship());
		return form(ReviewForm.of(review), review, model);
	}

	@PostMapping("/{id}/edit")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") ReviewForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		String next = FormErrors.saveRows(form, result, redirect, () -> {
			reviews.update(id, form.toDraft(), form.getVersion());
			return "redirect:/reviews/" + id;
		}, () -> reviews.check(form.toDraft(), id), UnaryOperator.identity());
		return next != null ? next : form(form, reviews.get(id), model);
	}

	@GetMapping("/{id}/delete")
	String confirmDelete(@PathVariable long id, Model model) {
		PartnershipReview review = reviews.get(id);
		Access.checkDelete(review.getStewardship());
		return deletions.confirm(model, new Deletions.Confirmation("review.delete.heading", review.getTitle(),
				"/reviews/" + id + "/delete", "/reviews/" + id, review.getVersion()));
	}

	@PostMapping("/{id}/delete")
	String delete(@PathVariable long id, @RequestParam(required = false) Long version, RedirectAttributes redirect) {
		PartnershipReview review = reviews.get(id);
		return deletions.delete(() -> reviews.delete(id, version), review.getTitle(), "/reviews", "/reviews/" + id,
				redirect);
	}

	private String form(ReviewForm form, PartnershipReview existing, Model model) {
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
