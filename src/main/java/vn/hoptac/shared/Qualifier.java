package vn.hoptac.shared;

/**
 * How exactly a quoted number holds: sources write "hơn", "khoảng", "gần". Stored next to every
 * figure taken from a source, so that "more than 110 projects" is never shown as exactly 110.
 */
public enum Qualifier {

	EXACT, ABOUT, MORE_THAN, NEARLY, AT_LEAST

}
