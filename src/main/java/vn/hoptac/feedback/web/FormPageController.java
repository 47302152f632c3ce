package vn.hoptac.feedback.web;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import vn.hoptac.feedback.FeedbackCategory;
import vn.hoptac.feedback.FeedbackForm;
import vn.hoptac.feedback.FeedbackFormService;
import vn.hoptac.feedback.FeedbackService;
import vn.hoptac.feedback.FormDraft;
import vn.hoptac.feedback.SurveyColumns;
import vn.hoptac.feedback.SurveyImport;
import vn.hoptac.partners.PartnershipService;
import vn.hoptac.projects.ProjectQuery;
import vn.hoptac.projects.ProjectService;
import vn.hoptac.shared.FormErrors;
import vn.hoptac.shared.FormOptions;
import vn.hoptac.shared.RecordPages;
import vn.hoptac.shared.Access;
import vn.hoptac.shared.Role;
import vn.hoptac.shared.RuleViolationException;

/**
 * Managing feedback forms: the list, one form with its summary (ratings and response times), the
 * link to its public page and the import of a survey export; and the form to open or change one.
 */
@Controller
@RequestMapping("/feedback/forms")
class FormPageController extends RecordPages {

	static final Role[] WRITERS = { Role.ADMIN, Role.PROVINCE_ADMIN, Role.PROVINCE_OFFICER, Role.DEPARTMENT_FOCAL };

	private final FeedbackFormService forms;

	private final FeedbackService feedback;

	private final SurveyImport surveys;

	private final ProjectService projects;

	private final PartnershipService partnerships;

	private final MessageSource messages;

	FormPageController(FeedbackFormService forms, FeedbackService feedback, SurveyImport surveys,
			ProjectService projects, PartnershipService partnerships, MessageSource messages) {
		this.forms = forms;
		this.feedback = feedback;
		this.surveys = surveys;
		this.projects = projects;
		this.partnerships = partnerships;
		this.messages = messages;
	}

	@GetMapping
	String list(Model model) {
		Access.required();
		model.addAttribute("forms", forms.search(null, null, null, PageRequest.of(0, 200)).getContent());
		return "feedback/forms";
	}

	@GetMapping("/{id}")
	String detail(@PathVariable long id, Model model) {
		FeedbackForm form = forms.get(id);
		model.addAttribute("form", form);
		model.addAttribute("summary", feedback.summaryOfForm(id));
		model.addAttribute("canEdit", Access.canWrite(Access.current().orElse(null), form.getStewardship()));
		model.addAttribute("fields", SurveyColumns.FIELDS);
		return "feedback/form-detail";
	}

	@PostMapping("/{id}/import")
	String importCsv(@PathVariable long id, @RequestParam("file") MultipartFile file,
			@RequestParam Map<String, String> parameters, HttpServletResponse response, Model model)
			throws IOException {
		var locale = LocaleContextHolder.getLocale();
		try (Reader reader = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
			var report = surveys.importCsv(id, reader, FormApiController.mapping(parameters));
			model.addAttribute("report", ImportReportResponse.of(report, messages, locale));
			if (!report.refused().isEmpty()) {
				response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			}
		}
		catch (RuleViolationException ex) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("importErrors", FormErrors.texts(ex, messages));
		}
		return detail(id, model);
	}

	@GetMapping("/new")
	String newForm(@RequestParam(required = false) Long project, @RequestParam(required = false) Long partnership,
			Model model) {
		Access.checkRole(WRITERS);
		return edit(null, new Fields(project, partnership, null, null, List.of(FeedbackCategory.values()), true, null),
				null, model);
	}

	@PostMapping("/new")
	String create(Fields fields, Model model) {
		try {
			return "redirect:/feedback/forms/" + forms.create(fields.toDraft()).getId();
		}
		catch (RuleViolationException ex) {
			return edit(null, fields, FormErrors.of("fields", ex), model);
		}
	}

	@GetMapping("/{id}/edit")
	String editForm(@PathVariable long id, Model model) {
		FeedbackForm form = forms.get(id);
		Access.checkWrite(form.getStewardship());
		return edit(form, new Fields(form.getProjectId(), form.getPartnershipId(), form.getTitle(),
				form.getConsentText(), form.getCategories(), form.isOpen(), form.getVersion()), null, model);
	}

	@PostMapping("/{id}/edit")
	String update(@PathVariable long id, Fields fields, Model model) {
		try {
			forms.update(id, fields.toDraft(), fields.version());
			return "redirect:/feedback/forms/" + id;
		}
		catch (RuleViolationException ex) {
			return edit(forms.get(id), fields, FormErrors.of("fields", ex), model);
		}
	}

	/** The form; {@code errors} the service's objections to the fields, or null. */
	private String edit(FeedbackForm existing, Fields fields, BindingResult errors, Model model) {
		model.addAttribute("existing", existing);
		model.addAttribute("fields", fields);
		if (errors != null) {
			// after the fields: the model drops an object's binding result when the object is put again
			model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "fields", errors);
		}
		model.addAttribute("projectOptions", FormOptions.including(
				projects.search(new ProjectQuery(null, null, null, null, null, null, null, null, null, null, null, null),
						PageRequest.of(0, 200)).getContent(), fields.projectId(), projects::findReadable));
		model.addAttribute("partnershipOptions", partnerships.formOptions(fields.partnershipId()));
		model.addAttribute("categoryOptions", FeedbackCategory.values());
		return "feedback/form-edit";
	}

	/** The form's fields as the page posts them. */
	record Fields(Long projectId, Long partnershipId, String title, String consentText,
			List<FeedbackCategory> categories, Boolean open, Long version) {

		FormDraft toDraft() {
			return new FormDraft(projectId, partnershipId, title, consentText, categories, Boolean.TRUE.equals(open));
		}

	}

}
