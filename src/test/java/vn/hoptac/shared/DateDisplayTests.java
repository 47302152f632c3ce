package vn.hoptac.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;

import vn.hoptac.shared.DatePrecision.PartialDate;

/** A date reads by what is known of it, the same way in every language's own order. */
class DateDisplayTests {

	final DateDisplay dates = new DateDisplay(messages());

	@AfterEach
	void resetLanguage() {
		LocaleContextHolder.resetLocaleContext();
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			vi | 2019  | 03/2024    | 15/03/2024      | trước 12/2020
			en | 2019  | Mar 2024   | 15 Mar 2024     | before Dec 2020
			ko | 2019년 | 2024년 3월 | 2024년 3월 15일 | 2020년 12월 이전
			""")
	void byPrecisionInEachLanguage(String language, String year, String month, String day, String bound) {
		LocaleContextHolder.setLocale(Locale.forLanguageTag(language));
		assertThat(show("2019")).isEqualTo(year);
		assertThat(show("2024-03")).isEqualTo(month);
		assertThat(show("2024-03-15")).isEqualTo(day);
		assertThat(show("..2020-12")).isEqualTo(bound);
	}

	@Test
	void aDayAndAMomentInVietnamese() {
		LocaleContextHolder.setLocale(Locale.forLanguageTag("vi"));
		assertThat(dates.day(LocalDate.of(2019, 1, 1))).isEqualTo("01/01/2019");
		assertThat(dates.dateTime(Instant.parse("2026-11-16T02:30:00Z"))).isEqualTo("16/11/2026 09:30");
	}

	@Test
	void aStoredDateWithoutPrecisionIsADay() {
		LocaleContextHolder.setLocale(Locale.forLanguageTag("vi"));
		assertThat(dates.date(LocalDate.of(2019, 1, 1), null)).isEqualTo("01/01/2019");
		assertThat(dates.date(LocalDate.of(2019, 1, 1), DatePrecision.YEAR)).isEqualTo("2019");
		assertThat(dates.date((LocalDate) null, DatePrecision.YEAR)).isEmpty();
	}

	private String show(String text) {
		return dates.date(PartialDate.parse(text));
	}

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames("messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

}
