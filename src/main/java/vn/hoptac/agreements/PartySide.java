package vn.hoptac.agreements;

/** Which side of the agreement a party stands on. */
public enum PartySide {

	VN, FOREIGN

}
