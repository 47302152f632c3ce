package vn.hoptac.exchanges;

/** Which way people went (Vietnamese abroad, foreigners to Vietnam, or trained at home). */
public enum ExchangeDirection {

	OUTBOUND, INBOUND, LOCAL

}
