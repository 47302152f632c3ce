package vn.hoptac.exchanges;

/** Whom a count covers; ALL when the source does not split it by sex. */
public enum ExchangeSex {

	FEMALE, MALE, ALL

}
