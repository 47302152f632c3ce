package vn.hoptac.feedback.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import vn.hoptac.feedback.Feedback;
import vn.hoptac.feedback.FeedbackCategory;
import vn.hoptac.feedback.FeedbackQuery;
import vn.hoptac.feedback.FeedbackService;
import vn.hoptac.feedback.FeedbackStatus;
import vn.hoptac.feedback.FeedbackSummary;
import vn.hoptac.feedback.SubmissionsLimitedException;
import vn.hoptac.shared.ApiResponses;
import vn.hoptac.shared.PageResponse;
import vn.hoptac.shared.Paging;

@RestController
@RequestMapping("/api/v1/feedback")
@Tag(name = "Feedback", description = "Community feedback on projects and partnerships: public submission, triage, replies")
class FeedbackApiController {

	static final Map<String, String> SORT_KEYS = Map.of("submitted", "submittedAt", "rating", "rating", "status",
			"status");

	private final FeedbackService feedback;

	private final MessageSource messages;

	FeedbackApiController(FeedbackService feedback, MessageSource messages) {
		this.feedback = feedback;
		this.messages = messages;
	}

	@Operation(operationId = "listFeedback", summary = "List feedback (staff with a role in its province, and national readers)")
	@GetMapping
	PageResponse<FeedbackResponse.Item> list(@RequestParam(required = false) String q,
			@RequestParam(required = false) Long form, @RequestParam(required = false) FeedbackStatus status,
			@RequestParam(required = false) Integer rating, @RequestParam(required = false) FeedbackCategory category,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
			@RequestParam(required = false) String sort) {
		Page<Feedback> found = feedback.search(new FeedbackQuery(q, form, status, rating, category),
				Paging.of(page, size, sort == null ? "-submitted" : sort, SORT_KEYS));
		return PageResponse.of(found, FeedbackResponse.Item::of);
	}

	@Operation(operationId = "getFeedback", summary = "Get feedback with its replies")
	@GetMapping("/{id}")
	FeedbackResponse get(@PathVariable long id) {
		return FeedbackResponse.of(feedback.get(id), feedback.replies(id));
	}

	@Operation(operationId = "submitFeedback", summary = "Submit feedback through an open public form (no sign-in; "
			+ "limited per client, 429 past the limit)")
	@PostMapping
	ResponseEntity<FeedbackResponse.Receipt> submit(@Valid @RequestBody SubmissionRequest request,
			HttpServletRequest http) {
		Feedback saved = feedback.submit(request.toSubmission(LocaleContextHolder.getLocale().getLanguage()),
				http.getRemoteAddr());
		return ApiResponses.created(saved.getId(), FeedbackResponse.Receipt.of(saved));
	}

	@Operation(operationId = "moveFeedback", summary = "Triage: acknowledge or resolve feedback (forward only, based on the version read)")
	@PostMapping("/{id}/status")
	FeedbackResponse move(@PathVariable long id, @Valid @RequestBody StatusRequest request) {
		feedback.moveTo(id, request.status(), request.version());
		return get(id);
	}

	@Operation(operationId = "replyToFeedback", summary = "Reply to feedback (the first answer fixes the response time)")
	@PostMapping("/{id}/replies")
	ResponseEntity<FeedbackResponse> reply(@PathVariable long id, @Valid @RequestBody ReplyRequest request) {
		feedback.reply(id, request.text());
		return ResponseEntity.status(HttpStatus.CREATED).body(get(id));
	}

	@Operation(operationId = "feedbackSummary", summary = "Ratings and response times of a project's or partnership's forms")
	@GetMapping("/summary")
	FeedbackSummary summary(@RequestParam(required = false) Long project,
			@RequestParam(required = false) Long partnership) {
		return feedback.summaryOf(project, partnership);
	}

	/** Past the client's limit: 429 problem+json in the request's language, with Retry-After. */
	@ExceptionHandler(SubmissionsLimitedException.class)
	ResponseEntity<ProblemDetail> limited(SubmissionsLimitedException ex) {
		var locale = LocaleContextHolder.getLocale();
		ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS,
				messages.getMessage("feedback.limited.detail", new Object[] { ex.retryAfterSeconds() }, locale));
		body.setTitle(messages.getMessage("feedback.limited.title", null, locale));
		return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
			.header(HttpHeaders.RETRY_AFTER, Long.toString(ex.retryAfterSeconds()))
			.header(HttpHeaders.CONTENT_LANGUAGE, locale.toLanguageTag())
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(body);
	}

	/** The status feedback moves to, from the version read. */
	record StatusRequest(FeedbackStatus status, Long version) {
	}

	/** A reply's text. */
	record ReplyRequest(String text) {
	}

}
