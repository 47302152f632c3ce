package vn.hoptac.shared;

import java.time.Instant;

/**
 * A write to a record, with its state before and after as JSON (null when created or deleted).
 * Published inside the writing transaction, so the audit entry commits or rolls back with it.
 */
public record RecordChanged(Instant at, String username, String action, String entity, Long entityId,
		String summary, String before, String after) {

	public static final String CREATED = "CREATED";

	public static final String UPDATED = "UPDATED";

	public static final String DELETED = "DELETED";

	public static final String ACTION = "ACTION";

}
