package vn.hoptac.feedback.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.hoptac.audit.AuditService;
import vn.hoptac.feedback.Feedback;
import vn.hoptac.feedback.FeedbackCategory;
import vn.hoptac.feedback.FeedbackFormService;
import vn.hoptac.feedback.FeedbackQuery;
import vn.hoptac.feedback.FeedbackService;
import vn.hoptac.feedback.FeedbackStatus;
import vn.hoptac.geo.LocalityService;
import vn.hoptac.shared.Access;
import vn.hoptac.shared.FormErrors;
import vn.hoptac.shared.Htmx;
import vn.hoptac.shared.PageLinks;
import vn.hoptac.shared.Paging;
import vn.hoptac.shared.RecordPages;
import vn.hoptac.shared.RuleViolationException;
import vn.hoptac.shared.StaleVersionException;

/**
 * The staff's feedback pages: the faceted list (form, status, rating, category; htmx refreshes
 * its rows), and one piece of feedback with its triage actions, replies and history. Everything
 * goes through {@link FeedbackService}, as the API does.
 */
@Controller
@RequestMapping("/feedback")
class FeedbackPageController extends RecordPages {

	private final FeedbackService feedback;

	private final FeedbackFormService forms;

	private final LocalityService localities;

	private final AuditService audit;

	private final MessageSource messages;

	FeedbackPageController(FeedbackService feedback, FeedbackFormService forms, LocalityService localities,
			AuditService audit, MessageSource messages) {
		this.feedback = feedback;
		this.forms = forms;
		this.localities = localities;
		this.audit = audit;
		this.messages = messages;
	}

	@GetMapping
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) Long form,
			@RequestParam(required = false) FeedbackStatus status, @RequestParam(required = false) Integer rating,
			@RequestParam(required = false) FeedbackCategory category, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size, HttpServletRequest request, HttpServletResponse response,
			Model model) {
		var query = new FeedbackQuery(q == null || q.isBlank() ? null : q.strip(), form, status, rating, category);
		Page<Feedback> found = feedback.search(query, Paging.of(page, size, "-submitted",
				FeedbackApiController.SORT_KEYS));
		model.addAttribute("found", found.getContent());
		model.addAttribute("pages", PageLinks.of(found, request));
		model.addAttribute("filters", query);
		boolean fragment = Htmx.wantsFragment(request, response);
		boolean ownForm = fragment && Htmx.targets(request, "feedback-rows");
		model.addAttribute("facetsOutOfBand", ownForm);
		if (!fragment || ownForm) {
			model.addAttribute("facets", feedback.facetCounts(query));
			model.addAttribute("formOptions", forms.search(null, null, null, PageRequest.of(0, 200)).getContent());
			model.addAttribute("statusOptions", FeedbackStatus.values());
			model.addAttribute("categoryOptions", FeedbackCategory.values());
			model.addAttribute("ratingOptions", List.of(5, 4, 3, 2, 1));
		}
		return fragment ? "feedback/list :: rows" : "feedback/list";
	}

	@GetMapping("/{id}")
	String detail(@PathVariable long id, Model model) {
		Feedback found = feedback.get(id);
		model.addAttribute("feedback", found);
		model.addAttribute("replies", feedback.replies(id));
		model.addAttribute("form", forms.get(found.getFormId()));
		model.addAttribute("commune", found.getCommuneId() == null ? null : localities.get(found.getCommuneId()));
		model.addAttribute("canTriage", Access.canWrite(Access.current().orElse(null), found.getStewardship()));
		model.addAttribute("next", nextStatuses(found.getStatus()));
		model.addAttribute("events", audit.historyOf(FeedbackService.ENTITY, id));
		return "feedback/detail";
	}

	@PostMapping("/{id}/status")
	String move(@PathVariable long id, @RequestParam FeedbackStatus status, @RequestParam Long version,
			RedirectAttributes redirect) {
		try {
			feedback.moveTo(id, status, version);
			redirect.addFlashAttribute("saved", true);
		}
		catch (StaleVersionException ex) {
			// someone moved it meanwhile: the page shows where it stands now
			redirect.addFlashAttribute("statusError",
					messages.getMessage("problem.conflict.detail", null, LocaleContextHolder.getLocale()));
		}
		catch (RuleViolationException ex) {
			redirect.addFlashAttribute("statusError",
					String.join(" ", FormErrors.texts(ex, messages)));
		}
		return "redirect:/feedback/" + id;
	}

	@PostMapping("/{id}/replies")
	String reply(@PathVariable long id, @RequestParam(required = false) String text, RedirectAttributes redirect) {
		try {
			feedback.reply(id, text);
			redirect.addFlashAttribute("saved", true);
		}
		catch (RuleViolationException ex) {
			redirect.addFlashAttribute("replyError", String.join(" ", FormErrors.texts(ex, messages)));
		}
		return "redirect:/feedback/" + id;
	}

	private static List<FeedbackStatus> nextStatuses(FeedbackStatus current) {
		return java.util.Arrays.stream(FeedbackStatus.values()).filter(current::mayMoveTo).toList();
	}

}
