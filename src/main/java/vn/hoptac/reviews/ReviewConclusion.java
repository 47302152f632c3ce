package vn.hoptac.reviews;

/** The reviewer's conclusion on a partnership; labelled by {@code enum.ReviewConclusion.<name>}. */
public enum ReviewConclusion {

	CONTINUE, EXPAND, ADJUST, PAUSE, END

}
