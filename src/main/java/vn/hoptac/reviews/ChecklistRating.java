package vn.hoptac.reviews;

/** How far a checklist item was achieved; labelled by {@code enum.ChecklistRating.<name>}. */
public enum ChecklistRating {

	MET, PARTLY_MET, NOT_MET, NOT_APPLICABLE

}
