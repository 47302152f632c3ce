package vn.hoptac.monitoring;

/** The level of a result in a results chain (IATI Result Type: output, outcome, impact). */
public enum ResultLevel {

	OUTPUT, OUTCOME, IMPACT

}
