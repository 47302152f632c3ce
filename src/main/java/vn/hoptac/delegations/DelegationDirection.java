package vn.hoptac.delegations;

/** Whether a delegation came to Vietnam or went abroad. */
public enum DelegationDirection {

	INBOUND, OUTBOUND

}
