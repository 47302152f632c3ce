package vn.hoptac.shared;

import org.springframework.beans.NotReadablePropertyException;
import org.springframework.validation.BindingResult;

/**
 * Puts the violations a service found into a page form's binding result, so forms show the same
 * messages as the API, next to the field they concern (or at the top if the form has no such field).
 */
public final class FormErrors {

	private FormErrors() {
	}

	public static void apply(RuleViolationException violations, BindingResult result) {
		for (RuleViolationException.Violation violation : violations.violations()) {
			try {
				result.rejectValue(violation.field(), violation.messageKey(), violation.args(), violation.messageKey());
			}
			catch (NotReadablePropertyException | IllegalArgumentException ex) {
				result.reject(violation.messageKey(), violation.args(), violation.messageKey());
			}
		}
	}

}
