package vn.hoptac.feedback.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.hoptac.feedback.FeedbackCategory;
import vn.hoptac.feedback.FeedbackForm;
import vn.hoptac.feedback.FeedbackFormService;
import vn.hoptac.feedback.FeedbackOrigin;
import vn.hoptac.feedback.FeedbackService;
import vn.hoptac.feedback.Submission;
import vn.hoptac.feedback.SubmissionsLimitedException;
import vn.hoptac.shared.FormErrors;
import vn.hoptac.shared.RecordPages;
import vn.hoptac.shared.RuleViolationException;

/**
 * The public feedback page of an open form (no sign-in) and its thank-you page. A submission goes
 * through {@link FeedbackService#submit}, as the API's does; past the client's limit the page says
 * so kindly (429).
 */
@Controller
@RequestMapping("/public/feedback/{formId}")
class PublicFeedbackController extends RecordPages {

	private final FeedbackFormService forms;

	private final FeedbackService feedback;

	PublicFeedbackController(FeedbackFormService forms, FeedbackService feedback) {
		this.forms = forms;
		this.feedback = feedback;
	}

	@GetMapping
	String page(@PathVariable long formId, Model model) {
		return show(forms.getOpen(formId), new Entry(null, null, null, null, false, null, null, false), null, model);
	}

	@PostMapping
	String submit(@PathVariable long formId, @RequestParam(required = false) Integer rating,
			@RequestParam(required = false) FeedbackCategory category, @RequestParam(required = false) String comment,
			@RequestParam(required = false) Long communeId, @RequestParam(defaultValue = "false") boolean anonymous,
			@RequestParam(required = false) String name, @RequestParam(required = false) String contact,
			@RequestParam(defaultValue = "false") boolean consent, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		FeedbackForm form = forms.getOpen(formId);
		Entry entry = new Entry(rating, category, comment, communeId, anonymous, name, contact, consent);
		try {
			feedback.submit(Submission.of(formId, rating, category, comment, communeId, anonymous, name, contact,
					consent, LocaleContextHolder.getLocale().getLanguage(), FeedbackOrigin.PUBLIC_PAGE), request.getRemoteAddr());
			return "redirect:/public/feedback/" + formId + "/thanks";
		}
		catch (RuleViolationException ex) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return show(form, entry, FormErrors.of("entry", ex), model);
		}
		catch (SubmissionsLimitedException ex) {
			response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
			model.addAttribute("limitedMinutes", Math.max(1, (ex.retryAfterSeconds() + 59) / 60));
			return show(form, entry, null, model);
		}
	}

	@GetMapping("/thanks")
	String thanks(@PathVariable long formId, Model model) {
		model.addAttribute("form", forms.getOpen(formId));
		return "feedback/thanks";
	}

	/** The page; {@code errors} the service's objections to what was entered, or null. */
	private String show(FeedbackForm form, Entry entry, BindingResult errors, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("entry", entry);
		if (errors != null) {
			// after the entry: the model drops an object's binding result when the object is put again
			model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "entry", errors);
		}
		model.addAttribute("communes", forms.communes(form));
		return "feedback/public";
	}

	/** What the visitor entered, shown again with the objections. */
	record Entry(Integer rating, FeedbackCategory category, String comment, Long communeId, boolean anonymous,
			String name, String contact, boolean consent) {
	}

}
