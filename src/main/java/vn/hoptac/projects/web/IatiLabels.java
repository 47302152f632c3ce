package vn.hoptac.projects.web;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import vn.hoptac.projects.IatiCodelist;

/**
 * Labels of the short IATI codelists (roles, activity statuses, budget and transaction types) in the
 * reader's language, from the messages {@code iati.<Codelist>.<code>} (template bean {@code @iatiLabels}).
 * Sectors and SDG targets are shown by their English IATI names, marked so.
 */
@Component("iatiLabels")
public class IatiLabels {

	private final MessageSource messages;

	IatiLabels(MessageSource messages) {
		this.messages = messages;
	}

	public String role(Object code) {
		return of(IatiCodelist.ORGANISATION_ROLE, code);
	}

	public String status(Object code) {
		return of(IatiCodelist.ACTIVITY_STATUS, code);
	}

	public String transactionType(Object code) {
		return of(IatiCodelist.TRANSACTION_TYPE, code);
	}

	public String budgetType(Object code) {
		return of(IatiCodelist.BUDGET_TYPE, code);
	}

	public String budgetStatus(Object code) {
		return of(IatiCodelist.BUDGET_STATUS, code);
	}

	/** The label of a code of a short list; a code without one reads as itself. */
	public String of(IatiCodelist list, Object code) {
		if (code == null) {
			return "";
		}
		Locale locale = LocaleContextHolder.getLocale();
		return messages.getMessage("iati." + list.iatiName() + "." + code, null, String.valueOf(code), locale);
	}

}
