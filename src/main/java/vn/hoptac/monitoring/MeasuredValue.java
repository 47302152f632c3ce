package vn.hoptac.monitoring;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonIgnore;

import vn.hoptac.shared.Qualifier;
import vn.hoptac.shared.RuleViolationException;

/**
 * A baseline, target or actual as the source gives it: a number (with "more than", "about") for
 * quantitative indicators, text for qualitative ones.
 */
public record MeasuredValue(BigDecimal number, String text, Qualifier qualifier) {

	public static final int TEXT_LENGTH = 1000;

	public MeasuredValue {
		text = text == null || text.isBlank() ? null : text.trim();
		qualifier = qualifier == null && (number != null || text != null) ? Qualifier.EXACT : qualifier;
	}

	/** Not a field of its own: requests sending back what GET answered must not carry it. */
	@JsonIgnore
	public boolean isEmpty() {
		return number == null && text == null;
	}

	/** A quantitative measure takes a number and no text; a qualitative one text and no number. */
	void check(IndicatorMeasure measure, String field, RuleViolationException.Collector errors) {
		if (measure == null) {
			return;
		}
		errors.rejectIf(measure.isQuantitative() && text != null && number == null, field,
				"monitoring.value.numberRequired");
		errors.rejectIf(!measure.isQuantitative() && number != null, field, "monitoring.value.textRequired");
	}

}
