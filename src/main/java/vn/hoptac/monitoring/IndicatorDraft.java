package vn.hoptac.monitoring;

import java.util.List;

import vn.hoptac.shared.DatePrecision.PartialDate;

/**
 * What an indicator says: the result it measures, how (measure, direction, unit), its SDG indicator
 * references and disaggregation dimensions, its baseline and its periods with targets. Actuals are
 * not written here: they come from approved updates. A period with an id is that period kept.
 */
public record IndicatorDraft(Long resultId, String title, IndicatorMeasure measure, boolean ascending, String unit,
		List<String> sdgIndicators, List<String> dimensions, Integer baselineYear, MeasuredValue baseline,
		String baselineComment, List<PeriodDraft> periods, String description, String source) {

	public IndicatorDraft {
		sdgIndicators = clean(sdgIndicators);
		dimensions = clean(dimensions);
		periods = periods == null ? List.of() : List.copyOf(periods);
		baseline = baseline == null ? new MeasuredValue(null, null, null) : baseline;
	}

	private static List<String> clean(List<String> values) {
		return values == null ? List.of()
				: values.stream().filter(v -> v != null && !v.isBlank()).map(String::trim).distinct().toList();
	}

	/**
	 * A reporting period (partial dates: "2025", "2025-01", "2025-01-01") and its target; the start
	 * is null when the source gives only the end ("by the end of 2023": everything up to then).
	 */
	public record PeriodDraft(Long id, PartialDate start, PartialDate end, MeasuredValue target) {

		public PeriodDraft {
			target = target == null ? new MeasuredValue(null, null, null) : target;
		}

	}

}
