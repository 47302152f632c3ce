package vn.hoptac.money;

/** Where a rate comes from. */
public enum RateKind {

	/** A published yearly average (World Bank WDI, official rate, period average). */
	ANNUAL_AVERAGE,
	/** Implied by a source that states an amount and its đồng equivalent. */
	SOURCE_IMPLIED,
	/** Derived from published series (a yearly mean, a cross rate through the dollar); the source says how. */
	DERIVED

}
