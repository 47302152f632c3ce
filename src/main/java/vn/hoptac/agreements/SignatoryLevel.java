package vn.hoptac.agreements;

/** The level in whose name an agreement is signed, and of each signatory. */
public enum SignatoryLevel {

	NATIONAL, PROVINCE, DISTRICT, COMMUNE, AGENCY

}
