package vn.hoptac.shared;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Map;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * Every spelling of a {@link Names} fits its column: {@code names.vi}, {@code names.en}… are
 * reported one by one. The size is the record's (organisation names are longer than locality names).
 */
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = { NameLengths.Check.class, NameLengths.FormCheck.class })
public @interface NameLengths {

	int max();

	String message() default "{validation.tooLong}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** Checks each spelling and names the one that is too long. */
	class Check implements ConstraintValidator<NameLengths, Names> {

		private int max;

		@Override
		public void initialize(NameLengths annotation) {
			this.max = annotation.max();
		}

		@Override
		public boolean isValid(Names names, ConstraintValidatorContext context) {
			if (names == null) {
				return true;
			}
			return fits(names, max, context);
		}

		/** Reports each spelling longer than {@code max} on its own property node. */
		static boolean fits(Names names, int max, ConstraintValidatorContext context) {
			Map<String, String> spellings = new java.util.LinkedHashMap<>();
			spellings.put("vi", names.vi());
			spellings.put("en", names.en());
			spellings.put("ko", names.ko());
			spellings.put("nativeName", names.nativeName());
			boolean valid = true;
			for (var spelling : spellings.entrySet()) {
				if (spelling.getValue() != null && spelling.getValue().length() > max) {
					valid = false;
					context.disableDefaultConstraintViolation();
					context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
						.addPropertyNode(spelling.getKey())
						.addConstraintViolation();
				}
			}
			return valid;
		}

	}

	/** The same for the names of a page form. */
	class FormCheck implements ConstraintValidator<NameLengths, NamesForm> {

		private int max;

		@Override
		public void initialize(NameLengths annotation) {
			this.max = annotation.max();
		}

		@Override
		public boolean isValid(NamesForm names, ConstraintValidatorContext context) {
			return names == null || Check.fits(names.toNames(), max, context);
		}

	}

}
