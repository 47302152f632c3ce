package vn.hoptac.shared;

/** What a signed-in user may do. Anonymous visitors have no role and see public records only. */
public enum Role {

	/** System administrator: everything, including users. */
	ADMIN,
	/** MOFA analyst: reads everything in every province, changes nothing. */
	NATIONAL_ANALYST,
	/** DOFA leadership: edits and approves within the province. */
	PROVINCE_ADMIN,
	/** DOFA officer: edits within the province. */
	PROVINCE_OFFICER,
	/** Focal official of a department: edits the records of their own unit. */
	DEPARTMENT_FOCAL,
	/** Foreign partner: reads records shared with partners. */
	PARTNER;

	public boolean readsEverything() {
		return this == ADMIN || this == NATIONAL_ANALYST;
	}

	/** Changes records somewhere (where depends on the record, see {@link Access#canWrite}). */
	public boolean writes() {
		return this == ADMIN || isProvincial();
	}

	public boolean isProvincial() {
		return this == PROVINCE_ADMIN || this == PROVINCE_OFFICER || this == DEPARTMENT_FOCAL;
	}

}
