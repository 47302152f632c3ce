package vn.hoptac.reviews;

/** Every six months (a half year) or every year; labelled by {@code enum.ReviewKind.<name>}. */
public enum ReviewKind {

	SEMIANNUAL, ANNUAL

}
