package vn.hoptac.backup;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Every table of a database's current schema, as its row count and a SHA-256 of all its rows in primary
 * key order (every column as text), to compare a database with its restored copy record for record.
 */
final class TableDigests {

	record Digest(long rows, String sha256) {
	}

	private TableDigests() {
	}

	static Map<String, Digest> of(Connection connection) throws Exception {
		DatabaseMetaData metadata = connection.getMetaData();
		String schema = connection.getSchema();
		List<String> tables = new ArrayList<>();
		try (ResultSet rs = metadata.getTables(connection.getCatalog(), schema, "%", new String[] { "TABLE" })) {
			while (rs.next()) {
				tables.add(rs.getString("TABLE_NAME"));
			}
		}
		Map<String, Digest> digests = new TreeMap<>();
		for (String table : tables) {
			digests.put(table.toLowerCase(), digest(connection, schema, table));
		}
		return digests;
	}

	private static Digest digest(Connection connection, String schema, String table) throws Exception {
		MessageDigest sha = MessageDigest.getInstance("SHA-256");
		long rows = 0;
		try (Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery("select * from " + quoted(schema) + "." + quoted(table)
						+ " order by " + order(connection, schema, table))) {
			int columns = rs.getMetaData().getColumnCount();
			while (rs.next()) {
				rows++;
				for (int i = 1; i <= columns; i++) {
					String value = rs.getString(i);
					sha.update((value == null ? "\u0000null" : value).getBytes(StandardCharsets.UTF_8));
					sha.update((byte) 0x1f);
				}
				sha.update((byte) 0x1e);
			}
		}
		return new Digest(rows, HexFormat.of().formatHex(sha.digest()));
	}

	/** The primary key's columns, or every column when the table has none. */
	private static String order(Connection connection, String schema, String table) throws SQLException {
		Map<Short, String> key = new TreeMap<>();
		try (ResultSet rs = connection.getMetaData().getPrimaryKeys(connection.getCatalog(), schema, table)) {
			while (rs.next()) {
				key.put(rs.getShort("KEY_SEQ"), quoted(rs.getString("COLUMN_NAME")));
			}
		}
		if (!key.isEmpty()) {
			return String.join(", ", key.values());
		}
		List<String> all = new ArrayList<>();
		try (ResultSet rs = connection.getMetaData().getColumns(connection.getCatalog(), schema, table, "%")) {
			while (rs.next()) {
				all.add(quoted(rs.getString("COLUMN_NAME")));
			}
		}
		return String.join(", ", all);
	}

	private static String quoted(String identifier) {
		return '"' + identifier.replace("\"", "\"\"") + '"';
	}

}
