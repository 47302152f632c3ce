package vn.hoptac.partners;

/** The Vietnamese side's level in a partnership. */
public enum PartnershipLevel {

	PROVINCE, DISTRICT_COMMUNE, AGENCY, NATIONAL

}
