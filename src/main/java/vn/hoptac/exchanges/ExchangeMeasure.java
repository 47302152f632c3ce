package vn.hoptac.exchanges;

/** What a count counts (those who took part, or those who completed, e.g. graduated). */
public enum ExchangeMeasure {

	PARTICIPANTS, COMPLETED

}
