package vn.hoptac.partners;

/** The kind of relation, which can change over time (friendship in 2004, sister relation in 2018). */
public enum PartnershipType {

	FRIENDSHIP, SISTER, COOPERATION, LETTER_OF_INTENT, PROJECT_BASED, OTHER

}
