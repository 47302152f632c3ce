package vn.hoptac.monitoring.web;

import java.math.BigDecimal;
import java.util.List;

import vn.hoptac.monitoring.IndicatorMeasure;
import vn.hoptac.monitoring.Iptt;
import vn.hoptac.monitoring.MeasuredValue;
import vn.hoptac.monitoring.ResultLevel;

/** The IPTT as the API gives it: results, their indicators, each indicator's periods. */
record IpttResponse(Long frameworkId, String title, List<Result> results) {

	record Result(Long id, ResultLevel level, String title, List<Row> indicators) {
	}

	record Row(Long indicatorId, String title, IndicatorMeasure measure, boolean ascending, String unit,
			Integer baselineYear, MeasuredValue baseline, List<Period> periods, BigDecimal totalTarget,
			BigDecimal totalActual, BigDecimal totalPercentOfTarget) {
	}

	record Period(Long periodId, String start, String end, MeasuredValue target, MeasuredValue actual,
			BigDecimal percentOfTarget, BigDecimal cumulativeTarget, BigDecimal cumulativeActual) {
	}

	static String text(vn.hoptac.shared.DatePrecision.PartialDate date) {
		return date == null ? null : date.toString();
	}

	static IpttResponse of(Iptt iptt) {
		return new IpttResponse(iptt.framework().getId(), iptt.framework().getTitle(),
				iptt.results().stream().map(IpttResponse::result).toList());
	}

	private static Result result(Iptt.ResultRows r) {
		return new Result(r.result().getId(), r.result().getLevel(), r.result().getTitle(),
				r.indicators().stream().map(IpttResponse::row).toList());
	}

	private static Row row(Iptt.IndicatorRows rows) {
		var i = rows.indicator();
		return new Row(i.getId(), i.getTitle(), i.getMeasure(), i.isAscending(), i.getUnit(), i.getBaselineYear(),
				i.getBaseline(),
				rows.periods()
					.stream()
					.map(p -> new Period(p.periodId(), text(p.start()), text(p.end()), p.target(), p.actual(),
							p.percentOfTarget(), p.cumulativeTarget(), p.cumulativeActual()))
					.toList(),
				rows.totalTarget(), rows.totalActual(), rows.totalPercent());
	}

}
