package vn.hoptac.shared.web;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Component;

import vn.hoptac.shared.DateDisplay;
import vn.hoptac.shared.DatePrecision;
import vn.hoptac.shared.ListPage;
import vn.hoptac.shared.PageLinks;

/**
 * Dates, numbers and money in the reader's language, for templates: {@code ${@formats.date(d)}}.
 * Dates read as {@link DateDisplay} writes them: by what is known ("2004", "11/2018").
 */
@Component("formats")
public class Formats {

	private final MessageSource messages;

	private final DateDisplay dates;

	Formats(MessageSource messages, DateDisplay dates) {
		this.messages = messages;
		this.dates = dates;
	}

	public String date(LocalDate date) {
		return dates.day(date);
	}

	public String date(LocalDate date, DatePrecision precision) {
		return dates.date(date, precision);
	}

	public String dateTime(Instant instant) {
		return dates.dateTime(instant);
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

	private static Locale locale() {
		return LocaleContextHolder.getLocale();
	}

}
