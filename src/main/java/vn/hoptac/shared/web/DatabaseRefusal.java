package vn.hoptac.shared.web;

import java.sql.SQLException;
import java.util.Set;

/** Reads why the database refused a write from the SQL state behind the exception. */
final class DatabaseRefusal {

	/** Foreign-key violations: PostgreSQL and H2 (parent missing, child exists). */
	private static final Set<String> FOREIGN_KEY = Set.of("23503", "23506");

	private DatabaseRefusal() {
	}

	static boolean isForeignKeyViolation(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof SQLException sql && FOREIGN_KEY.contains(sql.getSQLState())) {
				return true;
			}
			if (cause.getCause() == cause) {
				break;
			}
		}
		return false;
	}

}
