package vn.hoptac.feedback.web;

import java.util.Map;

import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
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

	FormApiController(FeedbackFormService forms, FeedbackService feedback) {
		this.forms = forms;
		this.feedback = feedback;
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

	@Operation(operationId = "feedbackFormSummary", summary = "Ratings (count, mean, distribution) and response times of a form")
	@GetMapping("/{id}/summary")
	FeedbackSummary summary(@PathVariable long id) {
		return feedback.summaryOfForm(id);
	}

}
