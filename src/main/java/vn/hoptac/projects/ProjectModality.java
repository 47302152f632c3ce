package vn.hoptac.projects;

/**
 * How a project is financed. {@code ODA} is for sources that say only "ODA", without telling a
 * grant from a loan.
 */
public enum ProjectModality {

	ODA_GRANT, ODA_LOAN, ODA, CONCESSIONAL_LOAN, NON_ODA_AID, FDI, CSR, PARTNER_LOCALITY_GRANT, ST_COOPERATION,
	VIETNAM_AS_DONOR

}
