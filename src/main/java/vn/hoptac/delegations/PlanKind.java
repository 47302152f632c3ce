package vn.hoptac.delegations;

/** An annual plan, a six-month plan, or an adjustment of one. */
public enum PlanKind {

	ANNUAL, SEMIANNUAL, ADJUSTMENT

}
