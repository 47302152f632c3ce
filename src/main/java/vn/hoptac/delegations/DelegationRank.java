package vn.hoptac.delegations;

/** The rank of a delegation's head, as the reports to MOFA group them. */
public enum DelegationRank {

	HEAD_OF_STATE_OR_GOVERNMENT, MINISTER, VICE_MINISTER, AMBASSADOR_OR_CONSUL, PROVINCIAL_LEADER,
	VICE_PROVINCIAL_LEADER, DEPARTMENT_HEAD, DISTRICT_LEADER, OFFICIAL, BUSINESS_LEADER, OTHER

}
