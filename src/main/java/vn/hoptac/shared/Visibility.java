package vn.hoptac.shared;

/** Who besides the owning province sees a record. */
public enum Visibility {

	INTERNAL, PARTNER, PUBLIC;

	/** Everyone who may read a record of the other visibility may read one of this (from narrowest to widest). */
	public boolean sharedAsWidelyAs(Visibility other) {
		return compareTo(other == null ? INTERNAL : other) >= 0;
	}

}
