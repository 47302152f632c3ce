package vn.hoptac.monitoring;

/**
 * Where an update of an actual stands: drafted and submitted by officers, approved or returned
 * (with a comment) by the province administrator; a returned update is corrected and submitted again.
 */
public enum UpdateStatus {

	DRAFT, SUBMITTED, APPROVED, RETURNED;

	/** The reporter may still change it. */
	public boolean isEditable() {
		return this == DRAFT || this == RETURNED;
	}

}
