package vn.hoptac.feedback.web;

import java.io.StringReader;
import java.util.Map;

import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import vn.hoptac.feedback.FeedbackForm;
import vn.hoptac.feedback.FeedbackFormService;
import vn.hoptac.feedback.FeedbackService;
import vn.hoptac.feedback.FeedbackSummary;
import vn.hoptac.feedback.ImportReport;
import vn.hoptac.feedback.SurveyImport;
import vn.hoptac.shared.ApiResponses;
import vn.hoptac.shared.PageResponse;
import vn.hoptac.shared.Paging;

@RestController
@RequestMapping("/api/v1/feedback/forms")
@Tag(name = "Feedback forms", description = "Public feedback forms of projects and partnerships, their summaries")
class FormApiController {

	static final Map<String, String> SORT_KEYS = Map.of("name", "title", "created", "createdAt");

	private final FeedbackFormService forms;

	private final FeedbackService feedback;

	private final SurveyImport surveys;

	private final MessageSource messages;

	FormApiController(FeedbackFormService forms, FeedbackService feedback, SurveyImport surveys,
			MessageSource messages) {
		this.forms = forms;
		this.feedback = feedback;
		this.surveys = surveys;
		this.messages = messages;
	}

	@Operation(operationId = "listFeedbackForms", summary = "List feedback forms")
	@GetMapping
	PageResponse<FormResponse> list(@RequestParam(required = false) String q,
			@RequestParam(required = false) Long project, @RequestParam(required = false) Long partnership,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
			@RequestParam(required = false) String sort) {
		return PageResponse.of(forms.search(q, project, partnership,
				Paging.of(page, size, sort == null ? "-created" : sort, SORT_KEYS)), FormResponse::of);
	}

	@Operation(operationId = "getFeedbackForm", summary = "Get a feedback form")
	@GetMapping("/{id}")
	FormResponse get(@PathVariable long id) {
		return FormResponse.of(forms.get(id));
	}

	@Operation(operationId = "getPublicFeedbackForm", summary = "An open form as the public sees it, with the communes "
			+ "a submission may name (no sign-in; a closed form is a 404)")
	@GetMapping("/{id}/public")
	PublicFormResponse open(@PathVariable long id) {
		FeedbackForm form = forms.getOpen(id);
		return PublicFormResponse.of(form, forms.communes(form));
	}

	@Operation(operationId = "createFeedbackForm", summary = "Open a feedback form for a project or a partnership")
	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping
	ResponseEntity<FormResponse> create(@Valid @RequestBody FormRequest request) {
		FeedbackForm created = forms.create(request.toDraft());
		return ApiResponses.created(created.getId(), FormResponse.of(created));
	}

	@Operation(operationId = "updateFeedbackForm", summary = "Change, open or close a feedback form (based on the version read)")
	@PutMapping("/{id}")
	FormResponse update(@PathVariable long id, @Valid @RequestBody FormRequest request) {
		return FormResponse.of(forms.update(id, request.toDraft(), request.version()));
	}

	@Operation(operationId = "importFeedbackSurvey", summary = "Import a KoboToolbox or ODK CSV export into the form "
			+ "(all or nothing; rows already imported, by submission uuid, are skipped). Parameters column.<field> "
			+ "name the column of a field (uuid, submittedAt, rating, category, comment, commune, name, contact, consent); every row must "
			+ "record consent (yes, true, 1, có)")
	@PostMapping(path = "/{id}/import", consumes = { "text/csv", MediaType.TEXT_PLAIN_VALUE })
	ResponseEntity<ImportReportResponse> importCsv(@PathVariable long id, @RequestBody String csv,
			@RequestParam Map<String, String> parameters) {
		ImportReport report = surveys.importCsv(id, new StringReader(csv), mapping(parameters));
		return ResponseEntity.status(report.refused().isEmpty() ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_CONTENT)
			.body(ImportReportResponse.of(report, messages, LocaleContextHolder.getLocale()));
	}

	/** The column mapping among request parameters: {@code column.rating=Q3}. */
	static Map<String, String> mapping(Map<String, String> parameters) {
		Map<String, String> mapping = new java.util.LinkedHashMap<>();
		parameters.forEach((name, value) -> {
			if (name.startsWith("column.")) {
				mapping.put(name.substring("column.".length()), value);
			}
		});
		return mapping;
	}

	@Operation(operationId = "feedbackFormSummary", summary = "Ratings (count, mean, distribution) and response times of a form")
	@GetMapping("/{id}/summary")
	FeedbackSummary summary(@PathVariable long id) {
		return feedback.summaryOfForm(id);
	}

}
