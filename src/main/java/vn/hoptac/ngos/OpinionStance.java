package vn.hoptac.ngos;

/** The opinion the DOFA gave. */
public enum OpinionStance {

	SUPPORT, SUPPORT_WITH_CONDITIONS, OBJECT

}
