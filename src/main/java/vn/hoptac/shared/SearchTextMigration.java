package vn.hoptac.shared;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;

import org.flywaydb.core.api.migration.Context;

/**
 * Recomputes a table's stored {@code search_text} from some of its own columns, folded as
 * {@link Text#searchText} folds them and cut to the column's length: for a record type whose
 * search text changes what it holds (a subclass per table, registered as a bean).
 */
public abstract class SearchTextMigration extends DataMigration {

	private final String table;

	private final int length;

	private final String[] columns;

	protected SearchTextMigration(String version, String table, int length, String... columns) {
		super(version, table + " own search text");
		this.table = table;
		this.length = length;
		this.columns = columns.clone();
	}

	@Override
	public void migrate(Context context) throws Exception {
		try (Statement select = context.getConnection().createStatement();
				ResultSet rows = select.executeQuery("select id, " + String.join(", ", columns) + " from " + table);
				PreparedStatement update = context.getConnection()
					.prepareStatement("update " + table + " set search_text = ? where id = ?")) {
			while (rows.next()) {
				String[] values = new String[columns.length];
				for (int i = 0; i < columns.length; i++) {
					values[i] = rows.getString(columns[i]);
				}
				update.setString(1, Text.fit(Text.searchText(values), length));
				update.setLong(2, rows.getLong("id"));
				update.addBatch();
			}
			update.executeBatch();
		}
	}

}
