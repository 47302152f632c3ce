package vn.hoptac.shared;

import java.util.HashMap;
import java.util.List;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

import org.springframework.beans.NotReadablePropertyException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.validation.BindingResult;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Puts the violations a service found into a page form's binding result, so forms show the same
 * messages as the API, next to the field they concern (or at the top if the form has no such field).
 */
public final class FormErrors {

	private FormErrors() {
	}

	/**
	 * Saves a form with repeatable rows and returns where to go next, flashing {@code saved}; or
	 * returns null so the form is shown again: when binding failed, or when the service objects (a
	 * broken rule, or a record changed by someone else since the form was opened), its objection
	 * put into the binding result. Blank rows are left out of the save and offered again. When
	 * binding failed, {@code check} (the service's rules, nothing saved) still runs, so that every
	 * problem is reported on the first submit.
	 */
	public static String saveRows(RowsForm form, BindingResult result, RedirectAttributes redirect,
			Supplier<String> save, Runnable check, UnaryOperator<RuleViolationException> toFormFields) {
		form.dropBlankRows();
		String next = result.hasErrors() ? checkOnly(result, check, toFormFields)
				: saveOrCollect(result, save, toFormFields);
		if (next != null) {
			redirect.addFlashAttribute("saved", true);
			return next;
		}
		form.withBlankRows();
		return null;
	}

	private static String checkOnly(BindingResult result, Runnable check,
			UnaryOperator<RuleViolationException> toFormFields) {
		try {
			check.run();
		}
		catch (RuleViolationException ex) {
			List<RuleViolationException.Violation> others = toFormFields.apply(ex)
				.violations()
				.stream()
				.filter(v -> !hasFieldErrors(result, v.field()))
				.toList();
			apply(new RuleViolationException(others), result);
		}
		return null;
	}

	private static boolean hasFieldErrors(BindingResult result, String field) {
		try {
			return result.hasFieldErrors(field);
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

	private static String saveOrCollect(BindingResult result, Supplier<String> save,
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

	/** Runs a service's check, its violations renamed after the form's fields. */
	public static void onFormFields(Runnable check, UnaryOperator<RuleViolationException> toFormFields) {
		try {
			check.run();
		}
		catch (RuleViolationException ex) {
			throw toFormFields.apply(ex);
		}
	}

	/** A form whose repeatable rows (parties, history entries) come with blank ones to fill in. */
	public interface RowsForm {

		void dropBlankRows();

		RowsForm withBlankRows();

	}

	/**
	 * A service's objections for a page whose form is not bound to an object (its fields posted as
	 * parameters): added to the model as {@code BindingResult.MODEL_KEY_PREFIX + objectName}, the
	 * form ({@code th:object}) shows them with {@code #fields} as a bound form does.
	 */
	public static BindingResult of(String objectName, RuleViolationException violations) {
		BindingResult result = new MapBindingResult(new HashMap<>(), objectName);
		apply(violations, result);
		return result;
	}

	/** A service's objections as sentences in the reader's language, for a notice without fields. */
	public static List<String> texts(RuleViolationException violations, MessageSource messages) {
		return violations.violations()
			.stream()
			.map(v -> messages.getMessage(v.messageKey(), v.args(), v.messageKey(), LocaleContextHolder.getLocale()))
			.toList();
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
