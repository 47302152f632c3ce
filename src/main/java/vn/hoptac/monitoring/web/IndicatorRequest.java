package vn.hoptac.monitoring.web;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.Size;

import vn.hoptac.monitoring.Indicator;
import vn.hoptac.monitoring.IndicatorDraft;
import vn.hoptac.monitoring.IndicatorMeasure;
import vn.hoptac.monitoring.MeasuredValue;
import vn.hoptac.shared.AcceptsFieldsOf;
import vn.hoptac.shared.PartialDates;
import vn.hoptac.shared.RuleViolationException;

/**
 * Body of POST and PUT /api/v1/indicators. {@code frameworkId} is read on creation only;
 * {@code ascending} (more is better) is true unless said otherwise; values are
 * {@code {number, text, qualifier}}: a number for quantitative measures, text for qualitative;
 * {@code periods}: {@code {id?, start, end, target}} with partial dates ("2025", "2025-01"). Actuals
 * are not written here: approve an update.
 */
@AcceptsFieldsOf(IndicatorResponse.class)
record IndicatorRequest(Long frameworkId, Long resultId, @Size(max = Indicator.TITLE_LENGTH) String title,
		IndicatorMeasure measure, Boolean ascending, @Size(max = Indicator.UNIT_LENGTH) String unit,
		List<String> sdgIndicators, List<String> dimensions, Integer baselineYear, MeasuredValue baseline,
		@Size(max = Indicator.COMMENT_LENGTH) String baselineComment, List<PeriodRequest> periods,
		@Size(max = Indicator.DESCRIPTION_LENGTH) String description,
		@Size(max = Indicator.SOURCE_LENGTH) String source, Long version) {

	/** A period; {@code actual} is accepted (what GET answers) and ignored. */
	record PeriodRequest(Long id, String start, String end, MeasuredValue target, MeasuredValue actual,
			Long actualUpdateId) {
	}

	IndicatorDraft toDraft() {
		var errors = new RuleViolationException.Collector();
		List<IndicatorDraft.PeriodDraft> drafts = new ArrayList<>();
		List<PeriodRequest> given = periods == null ? List.of() : periods;
		for (int i = 0; i < given.size(); i++) {
			PeriodRequest p = given.get(i);
			drafts.add(new IndicatorDraft.PeriodDraft(p.id(), PartialDates.parse(p.start(), "periods[" + i + "].start", errors),
					PartialDates.parse(p.end(), "periods[" + i + "].end", errors), p.target()));
		}
		errors.throwIfAny();
		return new IndicatorDraft(resultId, title, measure, !Boolean.FALSE.equals(ascending), unit, sdgIndicators,
				dimensions, baselineYear, baseline, baselineComment, drafts, description, source);
	}

}
