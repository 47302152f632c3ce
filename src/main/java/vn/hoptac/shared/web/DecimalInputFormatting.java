package vn.hoptac.shared.web;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Set;

import org.springframework.context.annotation.Configuration;
import org.springframework.format.AnnotationFormatterFactory;
import org.springframework.format.Formatter;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import vn.hoptac.shared.DecimalInput;

/**
 * Binds form fields marked {@link DecimalInput} in the request's language (a decimal comma in
 * Vietnamese), and prints them plainly ("12.5"), which every language reads back.
 */
@Configuration(proxyBeanMethods = false)
class DecimalInputFormatting implements WebMvcConfigurer {

	@Override
	public void addFormatters(FormatterRegistry registry) {
		registry.addFormatterForFieldAnnotation(new AnnotationFormatterFactory<DecimalInput>() {

			@Override
			public Set<Class<?>> getFieldTypes() {
				return Set.of(BigDecimal.class);
			}

			@Override
			public Formatter<BigDecimal> getPrinter(DecimalInput annotation, Class<?> fieldType) {
				return FORMATTER;
			}

			@Override
			public Formatter<BigDecimal> getParser(DecimalInput annotation, Class<?> fieldType) {
				return FORMATTER;
			}

		});
	}

	private static final Formatter<BigDecimal> FORMATTER = new Formatter<>() {

		@Override
		public BigDecimal parse(String text, Locale locale) {
			return DecimalInput.Reading.parse(text, locale);
		}

		@Override
		public String print(BigDecimal number, Locale locale) {
			return number.toPlainString();
		}

	};

}
