package vn.hoptac.shared.web;

import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.Nulls;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.deser.BeanDeserializerBuilder;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.module.SimpleModule;

import vn.hoptac.shared.AcceptsFieldsOf;
import vn.hoptac.shared.SaneDates;

/**
 * How JSON is read: strictly, so that every mistake in a request body becomes a 400 naming its field
 * ({@link ApiProblemHandler}) instead of a silent default or a 500. Unknown fields, {@code null}
 * inside a list, numbers for enum values and impossible or absurd dates are refused.
 */
@Configuration(proxyBeanMethods = false)
class ApiJsonConfiguration {

	@Bean
	JsonMapperBuilderCustomizer strictRequestBodies() {
		SimpleModule module = new SimpleModule("hoptac-strict-input");
		module.addDeserializer(LocalDate.class, new SaneLocalDateDeserializer());
		module.setDeserializerModifier(new EchoedFieldsIgnored());
		return builder -> builder.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
			.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
			.enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
			.changeDefaultNullHandling(nulls -> nulls.withContentNulls(Nulls.FAIL))
			.addModule(module);
	}

	/** An ISO date ({@code 2025-02-28}) that exists, in a year {@link SaneDates} accepts. */
	static final class SaneLocalDateDeserializer extends StdScalarDeserializer<LocalDate> {

		SaneLocalDateDeserializer() {
			super(LocalDate.class);
		}

		@Override
		public LocalDate deserialize(JsonParser parser, DeserializationContext context) {
			if (!parser.hasToken(JsonToken.VALUE_STRING)) {
				return (LocalDate) context.handleUnexpectedToken(LocalDate.class, parser);
			}
			String text = parser.getString().trim();
			if (text.isEmpty()) {
				return null;
			}
			LocalDate date;
			try {
				date = LocalDate.parse(text);
			}
			catch (DateTimeParseException ex) {
				throw context.weirdStringException(text, LocalDate.class, "not an existing ISO date");
			}
			if (!SaneDates.accepts(date)) {
				throw context.weirdStringException(text, LocalDate.class, "year out of range");
			}
			return date;
		}

	}

	/** Implements {@link AcceptsFieldsOf}: the response's own fields are ignorable in the request. */
	static final class EchoedFieldsIgnored extends ValueDeserializerModifier {

		@Override
		public BeanDeserializerBuilder updateBuilder(DeserializationConfig config, BeanDescription.Supplier bean,
				BeanDeserializerBuilder builder) {
			AcceptsFieldsOf echoed = bean.getBeanClass().getAnnotation(AcceptsFieldsOf.class);
			if (echoed != null) {
				Set<String> own = componentNames(bean.getBeanClass());
				componentNames(echoed.value()).stream()
					.filter(name -> !own.contains(name))
					.forEach(builder::addIgnorable);
			}
			return builder;
		}

		private static Set<String> componentNames(Class<?> type) {
			RecordComponent[] components = type.getRecordComponents();
			if (components == null) {
				throw new IllegalStateException(type + " must be a record to be read back");
			}
			return Arrays.stream(components).map(RecordComponent::getName).collect(Collectors.toSet());
		}

	}

}
