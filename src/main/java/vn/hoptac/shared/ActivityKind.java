package vn.hoptac.shared;

/** The kinds of signal the modules report; labelled by {@code enum.ActivityKind.<name>}. */
public enum ActivityKind {

	/** An action on an agreement of the partnership (signed, in force, extended, ...). */
	AGREEMENT_ACTION,
	/** A delegation of the partnership that was held. */
	DELEGATION,
	/** Projects in implementation (the date: the latest start). */
	ACTIVE_PROJECTS,
	/** A transaction of a project of the partnership: money flowing. */
	PROJECT_TRANSACTION,
	/** An exchange of people held or going on. */
	EXCHANGE,
	/** An approved update of an indicator of the partnership's results framework. */
	INDICATOR_UPDATE,
	/** A review of the partnership (the detail: its conclusion). */
	REVIEW;

	/** Whether the kind shows cooperation happening, as opposed to the DOFA looking at it. */
	public boolean isActivity() {
		return this != REVIEW;
	}

}
