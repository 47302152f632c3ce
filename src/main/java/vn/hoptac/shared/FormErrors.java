package vn.hoptac.shared;

import java.util.function.Supplier;
import java.util.function.UnaryOperator;

import org.springframework.beans.NotReadablePropertyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.validation.BindingResult;

/**
 * Puts the violations a service found into a page form's binding result, so forms show the same
 * messages as the API, next to the field they concern (or at the top if the form has no such field).
 */
public final class FormErrors {

	private FormErrors() {
	}

	/**
	 * Runs a form's save and returns where to go next; if the service objects (a broken rule, or a
	 * record changed by someone else since the form was opened), puts the objection into the
	 * binding result and returns null so the form is shown again.
	 */
	public static String saveOrCollect(BindingResult result, Supplier<String> save,
			UnaryOperator<RuleViolationException> toFormFields) {
		try {
			return save.get();
		}
		catch (RuleViolationException ex) {
			apply(toFormFields.apply(ex), result);
		}
		catch (StaleVersionException | OptimisticLockingFailureException ex) {
			result.reject("form.staleVersion");
		}
		return null;
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
