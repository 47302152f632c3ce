package vn.hoptac.monitoring;

/** How an indicator is measured (IATI Indicator Measure codelist: 1 unit … 5 qualitative). */
public enum IndicatorMeasure {

	UNIT, PERCENTAGE, NOMINAL, ORDINAL, QUALITATIVE;

	/** Values are numbers; a qualitative indicator's values are text. */
	public boolean isQuantitative() {
		return this != QUALITATIVE;
	}

	/** Whether "% of target" and sums over periods mean something: counts and rates, not codes. */
	public boolean isComparable() {
		return this == UNIT || this == PERCENTAGE;
	}

}
