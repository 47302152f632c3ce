package vn.hoptac.reminders;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.hoptac.shared.Reminder;

/**
 * A reminder in words, in a given language: its kind ({@code reminder.kind.<kind>}, declared in the
 * bundle of the module that reports it), what precisely is due, and how pressing it is. Shared by
 * the API, the home page and the digest.
 */
@Component
public class ReminderText {

	private final MessageSource messages;

	ReminderText(MessageSource messages) {
		this.messages = messages;
	}

	public String kind(String kind, Locale locale) {
		return messages.getMessage("reminder.kind." + kind, null, kind, locale);
	}

	/** What precisely is due (a statutory deadline's name), or null. */
	public String detail(Reminder reminder, Locale locale) {
		return reminder.detailKey() == null ? null
				: messages.getMessage(reminder.detailKey(), null, reminder.detailKey(), locale);
	}

	/** "overdue by 3 days", "due today", "12 days left". */
	public String status(Reminder reminder, LocalDate today, Locale locale) {
		long days = ChronoUnit.DAYS.between(today, reminder.dueOn());
		if (days < 0) {
			return messages.getMessage("reminder.status.overdue", new Object[] { -days }, locale);
		}
		return days == 0 ? messages.getMessage("reminder.status.today", null, locale)
				: messages.getMessage("reminder.status.daysLeft", new Object[] { days }, locale);
	}

	public String severity(Reminder.Severity severity, Locale locale) {
		return messages.getMessage("enum.Severity." + severity.name(), null, severity.name(), locale);
	}

}
