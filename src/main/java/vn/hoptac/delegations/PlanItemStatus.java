package vn.hoptac.delegations;

/** What became of a planned delegation. */
public enum PlanItemStatus {

	PLANNED, HELD, POSTPONED, CANCELLED

}
