package vn.hoptac.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import vn.hoptac.shared.DatePrecision.PartialDate;

/**
 * The one way a date reads to a person, in the reader's language and by what is known of it:
 * {@code 2019}, {@code 03/2024}, {@code 15/03/2024} in Vietnamese; {@code 2019}, {@code Mar 2024},
 * {@code 15 Mar 2024} in English; {@code 2019년}, {@code 2024년 3월}, {@code 2024년 3월 15일} in
 * Korean; a bound as "trước 12/2020" / "before Dec 2020" / "2020년 12월 이전". Lists, record pages,
 * action rows and history all call it (templates through {@code @formats}).
 */
@Component
public class DateDisplay {

	private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	private final MessageSource messages;

	public DateDisplay(MessageSource messages) {
		this.messages = messages;
	}

	/** A full day. */
	public String day(LocalDate date) {
		return date(date, DatePrecision.DAY);
	}

	/** A stored date with its precision; no precision stored means a full day. */
	public String date(LocalDate date, DatePrecision precision) {
		return date(PartialDate.of(date, precision));
	}

	public String date(PartialDate date) {
		if (date == null) {
			return "";
		}
		Locale locale = locale();
		String period = period(date, locale);
		return date.isBound() ? messages.getMessage("date.before", new Object[] { period }, locale) : period;
	}

	/** The period a date names (its year, month or day), without the "before" of a bound. */
	static String period(PartialDate date, Locale locale) {
		return DateTimeFormatter.ofPattern(pattern(date.precision().period(), locale), locale).format(date.date());
	}

	/** A moment, as a day and a time in Vietnam. */
	public String dateTime(Instant instant) {
		if (instant == null) {
			return "";
		}
		Locale locale = locale();
		return DateTimeFormatter.ofPattern(pattern(DatePrecision.DAY, locale) + " HH:mm", locale)
			.format(instant.atZone(VIETNAM));
	}

	private static String pattern(DatePrecision precision, Locale locale) {
		return switch (locale.getLanguage()) {
			case "ko" -> switch (precision) {
				case YEAR -> "yyyy'년'";
				case MONTH -> "yyyy'년' M'월'";
				default -> "yyyy'년' M'월' d'일'";
			};
			case "en" -> switch (precision) {
				case YEAR -> "yyyy";
				case MONTH -> "MMM yyyy";
				default -> "d MMM yyyy";
			};
			default -> switch (precision) {
				case YEAR -> "yyyy";
				case MONTH -> "MM/yyyy";
				default -> "dd/MM/yyyy";
			};
		};
	}

	private static Locale locale() {
		return LocaleContextHolder.getLocale();
	}

}
