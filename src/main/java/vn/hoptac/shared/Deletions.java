package vn.hoptac.shared;

import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pages' delete step, the same for every record: a confirmation page ({@code confirm-delete})
 * naming what goes and that the audit keeps it, then the delete itself. A delete refused because
 * other records still belong to the record, or because it changed since the confirmation was
 * shown, goes back to the record with the reason and links to those records.
 */
@Component
public class Deletions {

	public static final String VIEW = "confirm-delete";

	private final MessageSource messages;

	Deletions(MessageSource messages) {
		this.messages = messages;
	}

	/**
	 * What the confirmation page shows: its heading (a message key), the record deleted, where the
	 * confirmed form posts (with the version shown, so a change since is a conflict), where "cancel" goes.
	 */
	public record Confirmation(String headingKey, String title, String action, String back, long version) {
	}

	public String confirm(Model model, Confirmation confirmation) {
		model.addAttribute("confirmation", confirmation);
		return VIEW;
	}

	/**
	 * Runs the delete and redirects to {@code done} with the deleted record's title; or, refused, to
	 * {@code back} with the reason ({@code problems}) and the records it names ({@code linkedRecords}).
	 */
	public String delete(Runnable delete, String title, String done, String back, RedirectAttributes redirect) {
		try {
			delete.run();
		}
		catch (ConflictException ex) {
			redirect.addFlashAttribute("problems", ex.violations().stream().map(this::text).toList());
			redirect.addFlashAttribute("linkedRecords", ex.records());
			return "redirect:" + back;
		}
		catch (StaleVersionException | OptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("problems",
					List.of(messages.getMessage("form.staleVersion", null, LocaleContextHolder.getLocale())));
			return "redirect:" + back;
		}
		redirect.addFlashAttribute("deleted", title);
		return "redirect:" + done;
	}

	private String text(RuleViolationException.Violation violation) {
		return messages.getMessage(violation.messageKey(), violation.args(), violation.messageKey(),
				LocaleContextHolder.getLocale());
	}

}
