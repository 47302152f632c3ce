package vn.hoptac.exchanges;

/** Where an exchange stands (requested from a partner, planned, held and over, or still going on). */
public enum ExchangeStatus {

	REQUESTED, PLANNED, HELD, ONGOING

}
