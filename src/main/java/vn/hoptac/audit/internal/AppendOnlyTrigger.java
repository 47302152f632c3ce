package vn.hoptac.audit.internal;

import java.sql.Connection;
import java.sql.SQLException;

import org.h2.api.Trigger;

/**
 * H2 trigger that refuses every UPDATE and DELETE of the table it is attached to, so that the audit
 * trail stays append-only whatever SQL reaches the embedded database (PostgreSQL has its own trigger
 * function, {@code db/vendor/postgresql}). Loaded by H2 by name from {@code db/vendor/h2}.
 */
public class AppendOnlyTrigger implements Trigger {

	private String table;

	@Override
	public void init(Connection connection, String schemaName, String triggerName, String tableName, boolean before,
			int type) {
		this.table = tableName;
	}

	@Override
	public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
		throw new SQLException(table + " is append-only: rows cannot be changed or removed", "42501");
	}

}
