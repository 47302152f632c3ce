package vn.hoptac.demo.internal;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/** Plain JDBC batches of rows, for the benchmark data generators (no services, no entities). */
final class BatchInserts {

	private static final int BATCH = 1000;

	private final JdbcTemplate jdbc;

	BatchInserts(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	static Object nz(String value) {
		return value == null ? NULL_STRING : value;
	}

	static Object date(LocalDate value) {
		return value == null ? NULL_DATE : value;
	}

	/** A typed SQL NULL, so that every driver knows the parameter's type. */
	record Null(int sqlType) {
	}

	static final Null NULL_STRING = new Null(Types.VARCHAR);

	static final Null NULL_LONG = new Null(Types.BIGINT);

	static final Null NULL_DATE = new Null(Types.DATE);

	int insert(String sql, List<Object[]> rows) {
		for (int from = 0; from < rows.size(); from += BATCH) {
			List<Object[]> chunk = rows.subList(from, Math.min(rows.size(), from + BATCH));
			jdbc.batchUpdate(sql, setter(chunk));
		}
		return rows.size();
	}

	List<Long> insertReturningIds(String sql, List<Object[]> rows) {
		List<Long> ids = new ArrayList<>(rows.size());
		for (int from = 0; from < rows.size(); from += BATCH) {
			List<Object[]> chunk = rows.subList(from, Math.min(rows.size(), from + BATCH));
			GeneratedKeyHolder keys = new GeneratedKeyHolder();
			jdbc.batchUpdate(con -> con.prepareStatement(sql, new String[] { "id" }), setter(chunk), keys);
			List<Map<String, Object>> list = keys.getKeyList();
			if (list.size() != chunk.size()) {
				throw new IllegalStateException("Expected " + chunk.size() + " generated keys, got " + list.size());
			}
			for (Map<String, Object> key : list) {
				ids.add(((Number) key.values().iterator().next()).longValue());
			}
		}
		return ids;
	}

	private static BatchPreparedStatementSetter setter(List<Object[]> rows) {
		return new BatchPreparedStatementSetter() {

			@Override
			public void setValues(PreparedStatement ps, int i) throws SQLException {
				Object[] row = rows.get(i);
				for (int c = 0; c < row.length; c++) {
					Object value = row[c];
					if (value instanceof Null n) {
						ps.setNull(c + 1, n.sqlType());
					}
					else if (value instanceof LocalDate d) {
						ps.setObject(c + 1, d, Types.DATE);
					}
					else {
						ps.setObject(c + 1, value);
					}
				}
			}

			@Override
			public int getBatchSize() {
				return rows.size();
			}

		};
	}

}
