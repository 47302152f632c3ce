package vn.hoptac.monitoring.web;

import java.util.List;

import vn.hoptac.monitoring.Indicator;
import vn.hoptac.monitoring.IndicatorMeasure;
import vn.hoptac.monitoring.MeasuredValue;
import vn.hoptac.shared.Visibility;
import vn.hoptac.sources.CitationResponse;

/**
 * An indicator with its baseline and periods (target, approved actual and the update it comes
 * from); in a list without periods and {@code sourceCitations}.
 */
record IndicatorResponse(Long id, Long frameworkId, Long resultId, String title, IndicatorMeasure measure,
		boolean ascending, String unit, List<String> sdgIndicators, List<String> dimensions, Integer baselineYear,
		MeasuredValue baseline, String baselineComment, List<Period> periods, String description, String source,
		Visibility visibility, Long ownerProvinceId, long version, List<CitationResponse> sourceCitations) {

	record Period(Long id, String start, String end, MeasuredValue target, MeasuredValue actual,
			Long actualUpdateId) {
	}

	static IndicatorResponse of(Indicator i, List<CitationResponse> citations) {
		boolean detail = citations != null;
		List<Period> periods = !detail ? null
				: i.getPeriods()
					.stream()
					.map(p -> new Period(p.getId(), IpttResponse.text(p.getStart()), IpttResponse.text(p.getEnd()), p.getTarget(),
							p.getActual(), p.getActualUpdateId()))
					.toList();
		return new IndicatorResponse(i.getId(), i.getFrameworkId(), i.getResultId(), i.getTitle(), i.getMeasure(),
				i.isAscending(), i.getUnit(), detail ? List.copyOf(i.getSdgIndicators()) : null,
				detail ? List.copyOf(i.getDimensions()) : null, i.getBaselineYear(), i.getBaseline(),
				i.getBaselineComment(), periods, i.getDescription(), i.getSource(), i.getStewardship().visibility(),
				i.getStewardship().provinceId(), i.getVersion(), citations);
	}

}
