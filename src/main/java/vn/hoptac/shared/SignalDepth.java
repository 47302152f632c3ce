package vn.hoptac.shared;

/**
 * How much of a {@link PartnershipSignal} its reader needs. A health state rests on the latest date
 * of each kind alone (and a review's conclusion); the count and the record serve the reasons a
 * partnership's health page or the attention list show, and cost the database every row again.
 */
public enum SignalDepth {

	/**
	 * The latest date per partnership and kind, with the detail where the kind has one: the signal's
	 * count is 0 and its record null (a dashboard's count of states).
	 */
	STATE,
	/** The date, the number of records and the latest record, which a reason names. */
	REASONS

}
