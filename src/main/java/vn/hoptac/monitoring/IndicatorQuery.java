package vn.hoptac.monitoring;

/** Filters of the indicator list. */
public record IndicatorQuery(String text, Long frameworkId, IndicatorMeasure measure, String sdgIndicator) {
}
