package vn.hoptac.shared.web;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

import tools.jackson.core.JacksonException;

/** Names a place in a request body the way a client writes it: {@code parties[1].signatoryName}. */
final class JsonPaths {

	private JsonPaths() {
	}

	static String of(List<JacksonException.Reference> path) {
		StringBuilder field = new StringBuilder();
		for (JacksonException.Reference step : path) {
			if (step.getPropertyName() != null) {
				if (!field.isEmpty()) {
					field.append('.');
				}
				field.append(step.getPropertyName());
			}
			else if (step.getIndex() >= 0) {
				field.append('[').append(step.getIndex()).append(']');
			}
		}
		return field.toString();
	}

	/** The values an enum field takes, for the message that lists them. */
	static String constants(Class<?> enumType) {
		return Arrays.stream(enumType.getEnumConstants()).map(Object::toString).collect(Collectors.joining(", "));
	}

	/** The JSON type a field expects, in the words of JSON. */
	static String typeName(Class<?> target) {
		if (target == null) {
			return "?";
		}
		if (target == String.class || target.isEnum() || target == LocalDate.class) {
			return "string";
		}
		if (target == Boolean.class || target == boolean.class) {
			return "boolean";
		}
		if (Number.class.isAssignableFrom(target) || target.isPrimitive() || target == BigDecimal.class
				|| target == BigInteger.class) {
			return "number";
		}
		if (Collection.class.isAssignableFrom(target) || target.isArray()) {
			return "array";
		}
		return "object";
	}

}
