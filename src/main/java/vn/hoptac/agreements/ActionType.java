package vn.hoptac.agreements;

/** What can happen to an agreement, in the order the procedure usually runs. */
public enum ActionType {

	PROPOSED, POLICY_APPROVED, SENT_FOR_MOFA_OPINION, OPINION_RECEIVED, REFERRED_TO_PM, SIGNED, REPORTED_TO_PM_MOFA,
	IN_FORCE, AMENDED, EXTENDED, SUSPENDED, TERMINATED, EXPIRED

}
