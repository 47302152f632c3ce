package vn.hoptac.agreements;

/**
 * The law an instrument falls under. Law 70/2020 excludes ODA loans, foreign NGO aid and civil
 * contracts, and treaties are concluded only in the name of the State or Government.
 */
public enum LegalBasis {

	INTERNATIONAL_AGREEMENT, TREATY, ODA_LOAN_AGREEMENT, NGO_AID_AGREEMENT, CIVIL_CONTRACT

}
