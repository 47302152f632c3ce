package vn.hoptac.shared;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;

import org.flywaydb.core.api.migration.Context;

/**
 * Computes a table's stored {@code sort_key} from its title column, as {@link Text#sortKey} collates
 * it: for a record type that gains a list order after it has rows (a subclass per table, registered
 * as a bean).
 */
public abstract class SortKeyMigration extends DataMigration {

	private final String table;

	private final String titleColumn;

	protected SortKeyMigration(String version, String table, String titleColumn) {
		super(version, table + " sort key");
		this.table = table;
		this.titleColumn = titleColumn;
	}

	@Override
	public void migrate(Context context) throws Exception {
		try (Statement select = context.getConnection().createStatement();
				ResultSet rows = select.executeQuery("select id, " + titleColumn + " from " + table);
				PreparedStatement update = context.getConnection()
					.prepareStatement("update " + table + " set sort_key = ? where id = ?")) {
			while (rows.next()) {
				update.setString(1, Text.fit(Text.sortKey(rows.getString(titleColumn)), StewardedRecord.SORT_KEY_LENGTH));
				update.setLong(2, rows.getLong("id"));
				update.addBatch();
			}
			update.executeBatch();
		}
	}

}
