package vn.hoptac.agreements;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * V24 on data recorded before it: a signing date stated without its action becomes the action (as
 * precise as the date), a "signed" action keeps the agreement's precision, and the dates and the
 * stage are then those of the actions.
 */
class ActionDatesMigrationTests {

	@Test
	void statedDatesBecomeActionsAndTheDatesFollowTheActions() {
		var dataSource = new DriverManagerDataSource("jdbc:h2:mem:v16-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1", "sa",
				"");
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		migrate(dataSource, "10");
		long statedOnly = agreement(jdbc, "2005-01-01", "YEAR", "2005-03-15");
		long withAction = agreement(jdbc, "2018-11-01", "MONTH", null);
		jdbc.update("""
				insert into agreement_action (agreement_id, type, action_date, recorded_at)
				values (?, 'SIGNED', date '2018-11-01', current_timestamp), (?, 'PROPOSED', date '2018-06-01', current_timestamp)""",
				withAction, withAction);

		migrate(dataSource, "24");

		List<Map<String, Object>> stated = actions(jdbc, statedOnly);
		assertThat(stated).extracting(a -> a.get("TYPE") + " " + a.get("ACTION_DATE") + " " + a.get("DATE_PRECISION"))
			.containsExactly("SIGNED 2005-01-01 YEAR", "IN_FORCE 2005-03-15 DAY");
		assertThat(jdbc.queryForMap("select * from agreement where id = ?", statedOnly))
			.containsEntry("SIGNED_PRECISION", "YEAR")
			.containsEntry("EFFECTIVE_PRECISION", "DAY")
			.containsEntry("CURRENT_STAGE", "IN_FORCE");
		assertThat(actions(jdbc, withAction))
			.extracting(a -> a.get("TYPE") + " " + a.get("DATE_PRECISION"))
			.containsExactly("PROPOSED DAY", "SIGNED MONTH");
		assertThat(jdbc.queryForMap("select * from agreement where id = ?", withAction))
			.containsEntry("SIGNED_PRECISION", "MONTH")
			.containsEntry("CURRENT_STAGE", "SIGNED");
	}

	private static void migrate(DriverManagerDataSource dataSource, String target) {
		Flyway.configure()
			.dataSource(dataSource)
			.locations("classpath:db/migration", "classpath:db/vendor/h2")
			.target(target)
			.load()
			.migrate();
	}

	private static long agreement(JdbcTemplate jdbc, String signedOn, String precision, String effectiveOn) {
		jdbc.update("""
				insert into agreement (title, kind, legal_basis, level, signed_on, signed_precision, effective_on,
				    search_text, sort_key, created_at, updated_at)
				values ('Thỏa thuận', 'MOU', 'INTERNATIONAL_AGREEMENT', 'PROVINCE', ?, ?, ?, 'thoa thuan', '00',
				    current_timestamp, current_timestamp)""", java.sql.Date.valueOf(signedOn), precision,
				effectiveOn == null ? null : java.sql.Date.valueOf(effectiveOn));
		return jdbc.queryForObject("select max(id) from agreement", Long.class);
	}

	private static List<Map<String, Object>> actions(JdbcTemplate jdbc, long agreement) {
		return jdbc.queryForList("select * from agreement_action where agreement_id = ? order by action_date", agreement);
	}

}
