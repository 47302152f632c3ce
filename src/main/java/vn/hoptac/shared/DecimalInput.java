package vn.hoptac.shared;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.math.BigDecimal;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A decimal number typed into a form field, read in the reader's language: in Vietnamese "12,5" is
 * 12.5 and "1.234,5" is 1234.5; in English and Korean "1,234.5". The plain form the pages print
 * and the API speaks ("1234.5") is read in every language. Spaces may group digits. Anything else
 * (an English "12,5", a grouping of two digits) is refused rather than guessed. Mark a form's
 * {@link BigDecimal} field with it to have it bound so.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER })
public @interface DecimalInput {

	/** The reading itself, for a value not bound to a form field. */
	final class Reading {

		private static final Pattern PLAIN = Pattern.compile("-?\\d+(\\.\\d+)?");

		private Reading() {
		}

		/** The number, or null for a blank; an {@link IllegalArgumentException} if it is none. */
		public static BigDecimal parse(String typed, Locale locale) {
			if (typed == null || typed.isBlank()) {
				return null;
			}
			String text = typed.strip().replaceAll("[\\s\\u00a0\\u202f]", "");
			if (PLAIN.matcher(text).matches()) {
				return new BigDecimal(text);
			}
			DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(locale);
			String decimal = Pattern.quote(String.valueOf(symbols.getDecimalSeparator()));
			String grouping = Pattern.quote(String.valueOf(symbols.getGroupingSeparator()));
			// whole digits plainly or grouped by threes, then optionally the decimal separator and digits
			if (!text.matches("-?(\\d+|\\d{1,3}(" + grouping + "\\d{3})+)(" + decimal + "\\d+)?")) {
				throw new IllegalArgumentException("Not a number in " + locale + ": " + typed);
			}
			return new BigDecimal(text.replaceAll(grouping, "").replaceAll(decimal, "."));
		}

	}

}
