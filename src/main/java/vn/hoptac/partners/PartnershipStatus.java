package vn.hoptac.partners;

/** Where a relation stands: from proposal to end. */
public enum PartnershipStatus {

	PROPOSED, LOI, FORMAL, ACTIVE, PAUSED, ENDED

}
