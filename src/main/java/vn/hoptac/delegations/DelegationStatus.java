package vn.hoptac.delegations;

/** Where a delegation stands: planned, approved, held, postponed or cancelled. */
public enum DelegationStatus {

	PLANNED, APPROVED, HELD, POSTPONED, CANCELLED

}
