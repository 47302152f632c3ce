package vn.hoptac.geo.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVRecord;
import org.springframework.stereotype.Component;

import vn.hoptac.shared.ReferenceCsv;
import vn.hoptac.shared.Text;

/**
 * Loads Vietnam's 34 + legacy provinces, pre-2025 districts and Korea's provinces and municipal
 * units, with the 2025 merger successions. Files and their provenance: {@code reference/README.md}.
 */
@Component
class ReferenceLocalities extends ReferenceCsv {

	ReferenceLocalities() {
		super("2", "reference localities", "localities.csv", "locality-successions.csv");
	}

	@Override
	protected void load(Connection connection, List<List<CSVRecord>> files) throws SQLException {
		Map<String, Long> ids = insertLocalities(connection, files.get(0));
		insertSuccessions(connection, files.get(1), ids);
	}

	private Map<String, Long> insertLocalities(Connection connection, List<CSVRecord> rows) throws SQLException {
		Map<String, String> paths = new HashMap<>();
		Map<String, Long> ids = new HashMap<>();
		String sql = "insert into locality (code, country, level, parent_id, name_vi, name_en, name_ko, name_native, "
				+ "valid_from, valid_to, path, source, search_text, sort_key) values (?,?,?,?,?,?,?,?,?,?,?,?,?,?)";
		try (PreparedStatement insert = connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
			for (CSVRecord row : rows) {
				String code = row.get("code");
				String parentCode = valueOrNull(row, "parent_code");
				String path = (parentCode == null ? "/" : paths.get(parentCode)) + code + "/";
				paths.put(code, path);
				insert.setString(1, code);
				insert.setString(2, row.get("country"));
				insert.setString(3, row.get("level"));
				insert.setObject(4, parentCode == null ? null : ids.get(parentCode), java.sql.Types.BIGINT);
				insert.setString(5, row.get("name_vi"));
				insert.setString(6, valueOrNull(row, "name_en"));
				insert.setString(7, valueOrNull(row, "name_ko"));
				insert.setString(8, valueOrNull(row, "name_native"));
				insert.setDate(9, dateOrNull(row, "valid_from"));
				insert.setDate(10, dateOrNull(row, "valid_to"));
				insert.setString(11, path);
				insert.setString(12, valueOrNull(row, "source"));
				insert.setString(13, Text.searchText(code, row.get("name_vi"), row.get("name_en"), row.get("name_ko"),
						row.get("name_native")));
				insert.setString(14, Text.sortKey(row.get("name_vi")));
				insert.executeUpdate();
				try (var keys = insert.getGeneratedKeys()) {
					keys.next();
					ids.put(code, keys.getLong(1));
				}
			}
		}
		return ids;
	}

	private void insertSuccessions(Connection connection, List<CSVRecord> rows, Map<String, Long> ids)
			throws SQLException {
		String sql = "insert into locality_succession (predecessor_id, successor_id, effective_on, kind, source) "
				+ "values (?,?,?,?,?)";
		try (PreparedStatement insert = connection.prepareStatement(sql)) {
			for (CSVRecord row : rows) {
				insert.setLong(1, ids.get(row.get("predecessor_code")));
				insert.setLong(2, ids.get(row.get("successor_code")));
				insert.setDate(3, dateOrNull(row, "effective_on"));
				insert.setString(4, row.get("kind"));
				insert.setString(5, valueOrNull(row, "source"));
				insert.addBatch();
			}
			insert.executeBatch();
		}
	}

}
