package vn.hoptac.shared;

import java.time.LocalDate;

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
		MessageSourceResolvable period = new Period(date);
		return date.isBound() ? new DefaultMessageSourceResolvable(new String[] { "date.before" },
				new Object[] { period }, period.getDefaultMessage()) : period;
	}

	public static MessageSourceResolvable of(LocalDate day) {
		return of(PartialDate.of(day, DatePrecision.DAY));
	}

	/** The period itself has no message of its own: it is formatted in the language being resolved. */
	private record Period(PartialDate date) implements MessageSourceResolvable {

		@Override
		public String[] getCodes() {
			return null;
		}

		@Override
		public String getDefaultMessage() {
			return DateDisplay.period(date, LocaleContextHolder.getLocale());
		}

	}

}
