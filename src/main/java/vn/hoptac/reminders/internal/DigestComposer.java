package vn.hoptac.reminders.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import vn.hoptac.identity.User;
import vn.hoptac.reminders.ReminderService;
import vn.hoptac.reminders.ReminderText;
import vn.hoptac.shared.DateDisplay;
import vn.hoptac.shared.Reminder;

/**
 * A user's digest in plain text, in the user's language (Vietnamese unless they chose another):
 * the reminders grouped by kind, each with its due date, how pressing it is and a link to the
 * record (under {@code hoptac.reminders.base-url}).
 */
@Component
class DigestComposer {

	private final MessageSource messages;

	private final ReminderText text;

	private final DateDisplay dates;

	private final String baseUrl;

	DigestComposer(MessageSource messages, ReminderText text, DateDisplay dates,
			@Value("${hoptac.reminders.base-url:http://localhost:8080}") String baseUrl) {
		this.messages = messages;
		this.text = text;
		this.dates = dates;
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
	}

	record Digest(String language, String subject, String body) {
	}

	Digest compose(User user, List<Reminder> reminders, LocalDate today, int horizonDays) {
		String language = user.getLanguage() == null ? "vi" : user.getLanguage();
		Locale locale = Locale.forLanguageTag(language);
		Locale previous = LocaleContextHolder.getLocale();
		LocaleContextHolder.setLocale(locale); // dates in the user's language
		try {
			String day = dates.day(today);
			String subject = messages.getMessage("digest.subject", new Object[] { reminders.size(), day }, locale);
			StringBuilder body = new StringBuilder()
				.append(messages.getMessage("digest.greeting", new Object[] { user.getDisplayName() }, locale))
				.append("\n\n")
				.append(messages.getMessage("digest.intro", new Object[] { horizonDays, day }, locale))
				.append('\n');
			ReminderService.byKind(reminders).forEach((kind, items) -> {
				body.append('\n').append(text.kind(kind, locale)).append(" (").append(items.size()).append(")\n");
				for (Reminder r : items) {
					String detail = text.detail(r, locale);
					body.append("- ").append(r.title());
					if (detail != null) {
						body.append(" — ").append(detail);
					}
					body.append("\n  ")
						.append(messages.getMessage("digest.due", new Object[] { dates.day(r.dueOn()),
								text.status(r, today, locale) }, locale))
						.append("\n  ")
						.append(baseUrl)
						.append(r.link())
						.append('\n');
				}
			});
			body.append('\n').append(messages.getMessage("digest.footer", new Object[] { baseUrl + "/" }, locale));
			return new Digest(language, subject, body.toString());
		}
		finally {
			LocaleContextHolder.setLocale(previous);
		}
	}

}
