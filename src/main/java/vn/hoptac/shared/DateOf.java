package vn.hoptac.shared;

import java.time.LocalDate;
import java.util.Locale;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.DefaultMessageSourceResolvable;

import vn.hoptac.shared.DatePrecision.PartialDate;

/**
 * A date as an argument of a message: it reads as {@link DateDisplay} shows dates, by its precision
 * and in the reader's language, when the message is resolved (a rule's message in an API problem or
 * on a page), never as ISO text.
 */
public final class DateOf {

	private DateOf() {
	}

	public static MessageSourceResolvable of(PartialDate date) {
		return of(date, null);
	}

	public static MessageSourceResolvable of(LocalDate day) {
		return of(PartialDate.of(day, DatePrecision.DAY));
	}

	/** For a message resolved in a language given explicitly rather than the request's. */
	public static MessageSourceResolvable of(PartialDate date, Locale locale) {
		MessageSourceResolvable period = new Period(date, locale);
		return date.isBound() ? new DefaultMessageSourceResolvable(new String[] { "date.before" },
				new Object[] { period }, period.getDefaultMessage()) : period;
	}

	/** The period itself has no message of its own: it is formatted in the language being resolved. */
	private record Period(PartialDate date, Locale locale) implements MessageSourceResolvable {

		@Override
		public String[] getCodes() {
			return null;
		}

		@Override
		public String getDefaultMessage() {
			return DateDisplay.period(date, locale == null ? LocaleContextHolder.getLocale() : locale);
		}

	}

}
