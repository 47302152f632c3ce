package vn.hoptac.shared;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Where the free text of a record type also looks: the folded search text of the records it refers
 * to (an agreement's parties, a partnership's organisations and localities), kept in the record's
 * {@code related_text} column so that one row answers "does this word occur" with its trigram index.
 * It is a derived column, never edited: {@code shared} recomputes it in the transaction that changes
 * the record or one of the records it refers to, so a renamed party is found by its new name and no
 * longer by the old one as soon as the rename commits.
 */
public final class RelatedText {

	/** Length of the {@code related_text} column. */
	public static final int LENGTH = 4000;

	private static final int CHUNK = 500;

	private final String table;

	private final List<Link> links;

	private RelatedText(String table, List<Link> links) {
		this.table = table;
		this.links = List.copyOf(links);
	}

	/** The record type stored in {@code table}, with no references yet. */
	public static RelatedText of(String table) {
		return new RelatedText(table, List.of());
	}

	/**
	 * The record refers to rows of {@code relatedTable} through {@code linkTable}, whose
	 * {@code ownerColumn} holds the record's id and {@code relatedColumn} the related id.
	 */
	public RelatedText through(String linkTable, String ownerColumn, String relatedColumn, String relatedTable) {
		List<Link> all = new ArrayList<>(links);
		all.add(new Link(linkTable, ownerColumn, relatedColumn, relatedTable));
		return new RelatedText(table, all);
	}

	/** The record's own column {@code column} holds the id of a row of {@code relatedTable}. */
	public RelatedText direct(String column, String relatedTable) {
		return through(table, "id", column, relatedTable);
	}

	public String table() {
		return table;
	}

	/** Whether a change to a row of {@code relatedTable} can change this record type's related text. */
	boolean dependsOn(String relatedTable) {
		return links.stream().anyMatch(link -> link.relatedTable().equals(relatedTable));
	}

	/** The records whose related text includes the row {@code relatedId} of {@code relatedTable}. */
	Set<Long> ownersOf(Connection connection, String relatedTable, long relatedId) throws SQLException {
		Set<Long> owners = new LinkedHashSet<>();
		for (Link link : links) {
			if (link.relatedTable().equals(relatedTable)) {
				owners.addAll(longs(connection, "select " + link.ownerColumn() + " from " + link.linkTable() + " where "
						+ link.relatedColumn() + " = ?", List.of(relatedId)));
			}
		}
		return owners;
	}

	/**
	 * Recomputes the related text of the records. The related rows are locked first ({@code lock} is
	 * the database's shared row lock clause), so that a rename committing meanwhile either waits for
	 * this transaction or is already visible to it: neither can leave a stale name behind.
	 */
	void refresh(Connection connection, Collection<Long> ids, String lock) throws SQLException {
		List<Long> all = List.copyOf(ids);
		for (int from = 0; from < all.size(); from += CHUNK) {
			refreshChunk(connection, all.subList(from, Math.min(all.size(), from + CHUNK)), lock);
		}
	}

	/** Recomputes the related text of every record of the type (a migration, bulk-loaded data). */
	void refreshAll(Connection connection) throws SQLException {
		List<Long> ids = longs(connection, "select id from " + table + " order by id", List.of());
		refresh(connection, ids, "");
	}

	private void refreshChunk(Connection connection, List<Long> ids, String lock) throws SQLException {
		String owners = placeholders(ids.size());
		Map<Long, List<String>> texts = new TreeMap<>();
		ids.forEach(id -> texts.put(id, new ArrayList<>()));
		for (Link link : links) {
			String related = "select " + link.relatedColumn() + " from " + link.linkTable() + " where "
					+ link.ownerColumn() + " in (" + owners + ")";
			if (!lock.isEmpty()) {
				longs(connection, "select id from " + link.relatedTable() + " where id in (" + related + ") order by id "
						+ lock, ids);
			}
			String sql = "select x." + link.ownerColumn() + ", r.search_text from " + link.linkTable() + " x join "
					+ link.relatedTable() + " r on r.id = x." + link.relatedColumn() + " where x." + link.ownerColumn()
					+ " in (" + owners + ") order by x." + link.ownerColumn() + ", r.id";
			try (PreparedStatement select = prepared(connection, sql, ids); ResultSet rows = select.executeQuery()) {
				while (rows.next()) {
					texts.get(rows.getLong(1)).add(rows.getString(2));
				}
			}
		}
		try (PreparedStatement update = connection
			.prepareStatement("update " + table + " set related_text = ? where id = ?")) {
			for (Map.Entry<Long, List<String>> entry : texts.entrySet()) {
				update.setString(1, Text.fit(String.join(" | ", new LinkedHashSet<>(entry.getValue())), LENGTH));
				update.setLong(2, entry.getKey());
				update.addBatch();
			}
			update.executeBatch();
		}
	}

	private static List<Long> longs(Connection connection, String sql, List<Long> parameters) throws SQLException {
		List<Long> values = new ArrayList<>();
		try (PreparedStatement select = prepared(connection, sql, parameters); ResultSet rows = select.executeQuery()) {
			while (rows.next()) {
				values.add(rows.getLong(1));
			}
		}
		return values;
	}

	private static PreparedStatement prepared(Connection connection, String sql, List<Long> parameters)
			throws SQLException {
		PreparedStatement statement = connection.prepareStatement(sql);
		for (int i = 0; i < parameters.size(); i++) {
			statement.setLong(i + 1, parameters.get(i));
		}
		return statement;
	}

	private static String placeholders(int count) {
		return String.join(", ", java.util.Collections.nCopies(count, "?"));
	}

	private record Link(String linkTable, String ownerColumn, String relatedColumn, String relatedTable) {
	}

}
