package vn.hoptac.monitoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import vn.hoptac.shared.DatePrecision.PartialDate;

/**
 * The indicator performance tracking table of a framework: for each indicator (grouped by result)
 * its baseline and, per period, target, approved actual, % of target and the running totals.
 *
 * <p>% of target is direction-aware: for an indicator where more is better it is actual ÷ target,
 * where less is better (a poverty rate) target ÷ actual, so 100 % always means "target met". It is
 * given only for units and percentages (codes of nominal and ordinal measures and qualitative text
 * have no ratio). Periods are incremental: for units the cumulative target and actual are sums of
 * the periods so far; for percentages, rates do not add up, so "to date" is the latest one reported.
 */
public record Iptt(ResultsFramework framework, List<ResultRows> results) {

	/** An indicator's rows under its result. */
	public record ResultRows(FrameworkResult result, List<IndicatorRows> indicators) {
	}

	public record IndicatorRows(Indicator indicator, List<PeriodRow> periods, BigDecimal totalTarget,
			BigDecimal totalActual, BigDecimal totalPercent) {
	}

	public record PeriodRow(Long periodId, PartialDate start, PartialDate end, MeasuredValue target,
			MeasuredValue actual, BigDecimal percentOfTarget, BigDecimal cumulativeTarget,
			BigDecimal cumulativeActual) {
	}

	static Iptt of(ResultsFramework framework, List<Indicator> indicators) {
		List<ResultRows> results = new ArrayList<>();
		for (FrameworkResult result : framework.getResults()) {
			List<IndicatorRows> rows = indicators.stream()
				.filter(i -> i.getResultId().equals(result.getId()))
				.map(Iptt::rows)
				.toList();
			results.add(new ResultRows(result, rows));
		}
		return new Iptt(framework, results);
	}

	static IndicatorRows rows(Indicator indicator) {
		IndicatorMeasure measure = indicator.getMeasure();
		boolean sums = measure == IndicatorMeasure.UNIT;
		List<PeriodRow> periods = new ArrayList<>();
		BigDecimal target = null;
		BigDecimal actual = null;
		for (IndicatorPeriod p : indicator.getPeriods()) {
			BigDecimal t = p.getTarget().number();
			BigDecimal a = p.getActual().number();
			if (measure.isComparable()) {
				target = t == null ? target : sums && target != null ? target.add(t) : t;
				actual = a == null ? actual : sums && actual != null ? actual.add(a) : a;
			}
			periods.add(new PeriodRow(p.getId(), p.getStart(), p.getEnd(), p.getTarget(), p.getActual(),
					percent(indicator, t, a), target, actual));
		}
		return new IndicatorRows(indicator, periods, target, actual, percent(indicator, target, actual));
	}

	/** 100 means the target is met, whichever way the indicator should move; null when there is no ratio. */
	static BigDecimal percent(Indicator indicator, BigDecimal target, BigDecimal actual) {
		if (!indicator.getMeasure().isComparable() || target == null || actual == null) {
			return null;
		}
		BigDecimal numerator = indicator.isAscending() ? actual : target;
		BigDecimal denominator = indicator.isAscending() ? target : actual;
		if (denominator.signum() == 0) {
			return null;
		}
		return numerator.multiply(BigDecimal.valueOf(100)).divide(denominator, 1, RoundingMode.HALF_UP);
	}

}
