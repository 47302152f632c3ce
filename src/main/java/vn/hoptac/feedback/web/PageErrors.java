package vn.hoptac.feedback.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;

import vn.hoptac.shared.RuleViolationException;

/** A service's objections as messages per field, in the reader's language, for a page to show. */
final class PageErrors {

	private PageErrors() {
	}

	static Map<String, String> of(RuleViolationException ex, MessageSource messages, Locale locale) {
		Map<String, String> errors = new LinkedHashMap<>();
		ex.violations()
			.forEach(v -> errors.merge(v.field(), messages.getMessage(v.messageKey(), v.args(), v.messageKey(), locale),
					(a, b) -> a + " " + b));
		return errors;
	}

}
