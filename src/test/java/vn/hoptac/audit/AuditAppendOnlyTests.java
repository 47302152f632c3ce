package vn.hoptac.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.hoptac.ApiTest;

/** The database itself refuses to change or remove audit rows, whatever SQL reaches it. */
@ApiTest
class AuditAppendOnlyTests {

	@Autowired
	JdbcTemplate jdbc;

	long id;

	Map<String, Object> row;

	@BeforeEach
	void oneAuditRow() {
		jdbc.update("""
				insert into audit_event (occurred_at, username, action, entity, entity_id, summary)
				values (current_timestamp, 'tester', 'CREATED', 'agreement', 1, 'append-only check')""");
		id = jdbc.queryForObject("select max(id) from audit_event where summary = 'append-only check'", Long.class);
		row = jdbc.queryForMap("select * from audit_event where id = ?", id);
	}

	@Test
	void refusesUpdates() {
		assertThatThrownBy(() -> jdbc.update("update audit_event set summary = 'rewritten' where id = ?", id))
			.isInstanceOf(DataAccessException.class)
			.rootCause()
			.hasMessageContaining("append-only");
		assertThat(jdbc.queryForMap("select * from audit_event where id = ?", id)).isEqualTo(row);
	}

	@Test
	void refusesDeletesAndTruncation() {
		assertThatThrownBy(() -> jdbc.update("delete from audit_event where id = ?", id))
			.isInstanceOf(DataAccessException.class)
			.rootCause()
			.hasMessageContaining("append-only");
		assertThatThrownBy(() -> jdbc.update("delete from audit_event"))
			.isInstanceOf(DataAccessException.class);
		assertThatThrownBy(() -> jdbc.execute("truncate table audit_event"))
			.isInstanceOf(DataAccessException.class);
		assertThat(jdbc.queryForMap("select * from audit_event where id = ?", id)).isEqualTo(row);
	}

}
