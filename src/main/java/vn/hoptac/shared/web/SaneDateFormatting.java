package vn.hoptac.shared.web;

import java.time.LocalDate;
import java.util.Locale;

import org.springframework.context.annotation.Configuration;
import org.springframework.format.Formatter;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import vn.hoptac.shared.SaneDates;

/**
 * Dates in form fields and query parameters are read like those in JSON bodies
 * ({@link ApiJsonConfiguration}): an ISO day that exists, in a year {@link SaneDates} accepts;
 * anything else is a bad value of that field.
 */
@Configuration(proxyBeanMethods = false)
class SaneDateFormatting implements WebMvcConfigurer {

	@Override
	public void addFormatters(FormatterRegistry registry) {
		registry.addFormatterForFieldType(LocalDate.class, new Formatter<LocalDate>() {

			@Override
			public LocalDate parse(String text, Locale locale) {
				LocalDate date = LocalDate.parse(text.trim());
				if (!SaneDates.accepts(date)) {
					throw new IllegalArgumentException("Year out of range: " + text);
				}
				return date;
			}

			@Override
			public String print(LocalDate date, Locale locale) {
				return date.toString();
			}

		});
	}

}
