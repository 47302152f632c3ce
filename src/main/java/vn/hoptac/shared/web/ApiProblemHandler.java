package vn.hoptac.shared.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import jakarta.servlet.http.HttpServletRequest;

import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.InvalidNullException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

import vn.hoptac.shared.ConflictException;
import vn.hoptac.shared.NotFoundException;
import vn.hoptac.shared.RuleViolationException;
import vn.hoptac.shared.SaneDates;
import vn.hoptac.shared.StaleVersionException;

/**
 * Turns what went wrong in an API call into RFC 9457 problem details in the request's language:
 * {@code status}, {@code title}, {@code detail} and, for bad input, {@code errors[{field, message}]}.
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
class ApiProblemHandler extends ResponseEntityExceptionHandler {

	private final MessageSource messages;

	ApiProblemHandler(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(RuleViolationException.class)
	ResponseEntity<Object> ruleViolation(RuleViolationException ex) {
		List<FieldMessage> errors = ex.violations()
			.stream()
			.map(v -> new FieldMessage(v.field(), text(v.messageKey(), v.args())))
			.toList();
		return problem(HttpStatus.BAD_REQUEST, "problem.invalid.title", "problem.invalid.detail", errors);
	}

	/** A duplicate, or a delete other records still need: 409 with the field's message and links to those records. */
	@ExceptionHandler(ConflictException.class)
	ResponseEntity<Object> conflict(ConflictException ex) {
		ResponseEntity<Object> response = ruleViolation(ex);
		ProblemDetail body = (ProblemDetail) response.getBody();
		body.setStatus(HttpStatus.CONFLICT.value());
		body.setTitle(text("problem." + ex.problem() + ".title"));
		body.setDetail(text("problem." + ex.problem() + ".detail"));
		body.setProperty("records", ex.records()
			.stream()
			.map(r -> new LinkedRecord(r.entity(), r.id(), r.title(), "/api/v1" + r.path()))
			.toList());
		return ResponseEntity.status(HttpStatus.CONFLICT).headers(response.getHeaders()).body(body);
	}

	@ExceptionHandler(NotFoundException.class)
	ResponseEntity<Object> notFound(NotFoundException ex) {
		return problem(HttpStatus.NOT_FOUND, "problem.notFound.title", "problem.notFound.detail", null,
				text("entity." + ex.entity()), String.valueOf(ex.id()));
	}

	@ExceptionHandler({ StaleVersionException.class, OptimisticLockingFailureException.class })
	ResponseEntity<Object> stale(RuntimeException ex) {
		return problem(HttpStatus.CONFLICT, "problem.stale.title", "problem.stale.detail", null);
	}

	@ExceptionHandler(org.springframework.security.core.AuthenticationException.class)
	ResponseEntity<Object> unauthorized(RuntimeException ex) {
		ResponseEntity<Object> problem = problem(HttpStatus.UNAUTHORIZED, "problem.unauthorized.title",
				"problem.unauthorized.detail", null);
		return ResponseEntity.status(problem.getStatusCode())
			.headers(problem.getHeaders())
			.header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"hoptac\"")
			.body(problem.getBody());
	}

	@ExceptionHandler(org.springframework.security.access.AccessDeniedException.class)
	ResponseEntity<Object> forbidden(RuntimeException ex) {
		return problem(HttpStatus.FORBIDDEN, "problem.forbidden.title", "problem.forbidden.detail", null);
	}

	/**
	 * What the database refused. Only a foreign-key violation on a delete means "still referred to";
	 * input is validated before the write, so anything else is a conflict with stored data.
	 */
	@ExceptionHandler(DataIntegrityViolationException.class)
	ResponseEntity<Object> integrityViolation(DataIntegrityViolationException ex, HttpServletRequest request) {
		if (HttpMethod.DELETE.matches(request.getMethod()) && DatabaseRefusal.isForeignKeyViolation(ex)) {
			return problem(HttpStatus.CONFLICT, "problem.referenced.title", "problem.referenced.detail", null);
		}
		return problem(HttpStatus.CONFLICT, "problem.conflict.title", "problem.conflict.detail", null);
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<Object> badParameter(MethodArgumentTypeMismatchException ex) {
		return problem(HttpStatus.BAD_REQUEST, "problem.invalid.title", "problem.invalid.detail",
				List.of(new FieldMessage(ex.getName(), text("validation.badValue", String.valueOf(ex.getValue())))));
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<FieldMessage> errors = ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.map(error -> new FieldMessage(error.getField(), fieldMessage(error)))
			.toList();
		return problem(HttpStatus.BAD_REQUEST, "problem.invalid.title", "problem.invalid.detail", errors);
	}

	/** Constraints worded alike for every field; {1} is their maximum (Spring passes the field first). */
	private static final Map<String, String> CONSTRAINT_MESSAGES = Map.of("Size", "validation.tooLong", "NameLengths",
			"validation.tooLong");

	private String fieldMessage(FieldError error) {
		String key = CONSTRAINT_MESSAGES.get(error.getCode());
		return key != null ? text(key, error.getArguments()) : messages.getMessage(error, locale());
	}

	/** A body that is not JSON at all, or JSON whose value at some field is not what that field takes. */
	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		FieldMessage error = ex.getCause() instanceof DatabindException databind ? fieldMessage(databind) : null;
		if (error == null) {
			return problem(HttpStatus.BAD_REQUEST, "problem.unreadable.title", "problem.unreadable.detail", null);
		}
		return problem(HttpStatus.BAD_REQUEST, "problem.invalid.title", "problem.invalid.detail", List.of(error));
	}

	private FieldMessage fieldMessage(DatabindException ex) {
		String field = JsonPaths.of(ex.getPath());
		if (field.isEmpty()) {
			return null;
		}
		if (ex instanceof UnrecognizedPropertyException) {
			return new FieldMessage(field, text("validation.unknownField"));
		}
		if (ex instanceof InvalidNullException) {
			return new FieldMessage(field, text("validation.nullElement"));
		}
		Class<?> target = ex instanceof MismatchedInputException mismatch ? mismatch.getTargetType() : null;
		if (target != null && target.isEnum()) {
			return new FieldMessage(field, text("validation.enum", JsonPaths.constants(target)));
		}
		if (target == LocalDate.class) {
			return new FieldMessage(field, text("validation.date", SaneDates.FIRST_YEAR, SaneDates.LAST_YEAR));
		}
		return new FieldMessage(field, text("validation.type", JsonPaths.typeName(target)));
	}

	private ResponseEntity<Object> problem(HttpStatus status, String titleKey, String detailKey,
			List<FieldMessage> errors, Object... args) {
		ProblemDetail body = ProblemDetail.forStatusAndDetail(status, text(detailKey, args));
		body.setTitle(text(titleKey));
		body.setType(URI.create("about:blank"));
		if (errors != null) {
			body.setProperty("errors", errors);
		}
		return ResponseEntity.status(status)
			.header(HttpHeaders.CONTENT_LANGUAGE, locale().toLanguageTag())
			.contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
			.body(body);
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, key, locale());
	}

	private static Locale locale() {
		return LocaleContextHolder.getLocale();
	}

	/** A record a conflict names, with its address in the API. */
	record LinkedRecord(String entity, long id, String title, String href) {
	}

	/** One field-level message of a problem. */
	record FieldMessage(String field, String message) {
	}

}
