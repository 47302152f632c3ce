package vn.hoptac.shared;

/** Who besides the owning province sees a record. */
public enum Visibility {

	INTERNAL, PARTNER, PUBLIC

}
