package vn.hoptac.delegations;

/**
 * The path of a plan of the provincial leaders' delegations: drafted by the DOFA, submitted to and
 * approved by the People's Committee, sent to MOFA, consolidated there and approved by the Prime
 * Minister; or returned for changes at any point.
 */
public enum PlanStep {

	DRAFTED_BY_DOFA, SUBMITTED_TO_PEOPLES_COMMITTEE, APPROVED_BY_PEOPLES_COMMITTEE, SENT_TO_MOFA,
	CONSOLIDATED_BY_MOFA, APPROVED_BY_PRIME_MINISTER, RETURNED

}
