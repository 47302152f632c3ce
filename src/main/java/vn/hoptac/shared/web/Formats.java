package vn.hoptac.shared.web;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Component;

import vn.hoptac.shared.DatePrecision;
import vn.hoptac.shared.ListPage;
import vn.hoptac.shared.PageLinks;

/**
 * Dates, numbers and money in the reader's language, for templates: {@code ${@formats.date(d)}}.
 * Partial dates show only what is known ("2004", "11/2018").
 */
@Component("formats")
public class Formats {

	private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	private final MessageSource messages;

	Formats(MessageSource messages) {
		this.messages = messages;
	}

	public String date(LocalDate date) {
		return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale()).format(date);
	}

	public String date(LocalDate date, DatePrecision precision) {
		if (date == null) {
			return "";
		}
		return switch (precision == null ? DatePrecision.DAY : precision) {
			case YEAR -> String.valueOf(date.getYear());
			case MONTH -> DateTimeFormatter.ofPattern(monthPattern(), locale()).format(date);
			case DAY -> date(date);
		};
	}

	public String dateTime(Instant instant) {
		return instant == null ? ""
				: DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
					.withLocale(locale())
					.format(instant.atZone(VIETNAM));
	}

	public String number(Number number) {
		return number == null ? "" : NumberFormat.getNumberInstance(locale()).format(number);
	}

	/** A list's total: the number, or "more than" the cap when the list did not count further. */
	public String total(Page<?> page) {
		return total(page.getTotalElements(), !(page instanceof ListPage<?> list) || list.isTotalExact());
	}

	public String total(PageLinks links) {
		return total(links.total(), links.totalExact());
	}

	private String total(long total, boolean exact) {
		return exact ? number(total) : messages.getMessage("list.moreThan", new Object[] { number(total) }, locale());
	}

	public String money(BigDecimal amount, String currencyCode) {
		if (amount == null) {
			return "";
		}
		NumberFormat format = NumberFormat.getCurrencyInstance(locale());
		format.setCurrency(Currency.getInstance(currencyCode));
		return format.format(amount);
	}

	private static String monthPattern() {
		return switch (locale().getLanguage()) {
			case "ko" -> "yyyy. M.";
			case "en" -> "MMM yyyy";
			default -> "MM/yyyy";
		};
	}

	private static Locale locale() {
		return LocaleContextHolder.getLocale();
	}

}
