package vn.hoptac.delegations;

/** Who pays for a delegation. */
public enum CostBearer {

	HOST, GUEST, SHARED, PARTNER_FUNDED, STATE_BUDGET, OTHER

}
