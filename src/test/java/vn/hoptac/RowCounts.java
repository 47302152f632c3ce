package vn.hoptac;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

/** The number of rows of every table a write can touch, records and audit trail alike. */
public final class RowCounts {

	private static final List<String> TABLES = List.of("locality", "locality_succession", "organisation",
			"partnership", "partnership_field", "partnership_type_change", "partnership_status_change",
			"partnership_milestone", "agreement", "agreement_party", "agreement_field", "agreement_action", "app_user",
			"access_token", "audit_event", "policy_document");

	private RowCounts() {
	}

	public static Map<String, Long> of(JdbcClient jdbc) {
		Map<String, Long> counts = new LinkedHashMap<>();
		for (String table : TABLES) {
			counts.put(table, jdbc.sql("select count(*) from " + table).query(Long.class).single());
		}
		return counts;
	}

}
