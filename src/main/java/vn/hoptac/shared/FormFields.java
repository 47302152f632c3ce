package vn.hoptac.shared;

import java.util.Map;

/** Where a form shows the fields a service names: a form may name a field otherwise (a picker for two ids). */
public final class FormFields {

	private FormFields() {
	}

	/** The violations, each at the form's field for the service's one (as it is where the form has no other name). */
	public static RuleViolationException renamed(RuleViolationException violations, Map<String, String> formFields) {
		return new RuleViolationException(violations.violations()
			.stream()
			.map(v -> new RuleViolationException.Violation(formFields.getOrDefault(v.field(), v.field()),
					v.messageKey(), v.args()))
			.toList());
	}

	/** Text as a form sends it: blank is none, the rest trimmed. */
	public static String trimmed(String text) {
		return text == null || text.isBlank() ? null : text.trim();
	}

}
