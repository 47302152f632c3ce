package vn.hoptac.shared;

/** An update based on a version of the record that someone else has changed since: 409. */
public class StaleVersionException extends RuntimeException {

	public StaleVersionException(String entity, Object id, long expected, long actual) {
		super(entity + " " + id + " is at version " + actual + ", the update was based on " + expected);
	}

	public static void check(String entity, Object id, Long expected, long actual) {
		if (expected != null && expected != actual) {
			throw new StaleVersionException(entity, id, expected, actual);
		}
	}

}
