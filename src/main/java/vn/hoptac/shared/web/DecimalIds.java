package vn.hoptac.shared.web;

import java.beans.PropertyEditorSupport;

import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Ids and other whole numbers in paths, query parameters and form fields are plain decimal digits.
 * The default conversion also reads {@code 0x10} and {@code #10} as 16, so a malformed id would
 * reach (and could delete) another record instead of being refused as a bad value.
 */
@ControllerAdvice
class DecimalIds {

	@InitBinder
	void decimalOnly(WebDataBinder binder) {
		binder.registerCustomEditor(long.class, new Decimal(false, Long::valueOf));
		binder.registerCustomEditor(Long.class, new Decimal(true, Long::valueOf));
		binder.registerCustomEditor(int.class, new Decimal(false, Integer::valueOf));
		binder.registerCustomEditor(Integer.class, new Decimal(true, Integer::valueOf));
	}

	private static final class Decimal extends PropertyEditorSupport {

		private final boolean blankIsNull;

		private final java.util.function.Function<String, Number> parse;

		Decimal(boolean blankIsNull, java.util.function.Function<String, Number> parse) {
			this.blankIsNull = blankIsNull;
			this.parse = parse;
		}

		@Override
		public void setAsText(String text) {
			String digits = text == null ? "" : text.trim();
			if (digits.isEmpty() && blankIsNull) {
				setValue(null);
				return;
			}
			// an optional minus sign and digits: no 0x, #, + or exponent
			if (!digits.matches("-?[0-9]+")) {
				throw new IllegalArgumentException("Not a decimal number: " + text);
			}
			setValue(parse.apply(digits));
		}

		@Override
		public String getAsText() {
			Object value = getValue();
			return value == null ? "" : value.toString();
		}

	}

}
