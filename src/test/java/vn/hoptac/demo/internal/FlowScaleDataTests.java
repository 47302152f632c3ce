package vn.hoptac.demo.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The benchmark generator's delegations and projects keep the rules the services keep: a foreign
 * party on every delegation, sector shares adding up to 100, transactions converted at the rate of
 * their year, search keys and parties' names in place.
 */
@SpringBootTest(properties = { "hoptac.demo=false", "hoptac.generate.agreements=40",
		"hoptac.generate.foreign-localities=120", "hoptac.generate.organisations=40",
		"hoptac.generate.partnerships=30", "hoptac.generate.delegations=300", "hoptac.generate.projects=60",
		"spring.datasource.url=jdbc:h2:mem:flow-scale;DB_CLOSE_DELAY=-1" })
class FlowScaleDataTests {

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void delegationsHaveAForeignPartyAKeptProvinceAndTheirPartiesNames() {
		assertThat(count("select count(*) from delegation")).isEqualTo(300);
		assertThat(count("select count(*) from delegation where foreign_locality_id is null and foreign_organisation_id is null"))
			.isZero();
		assertThat(count("select count(*) from delegation where owner_province_id is null")).isZero();
		assertThat(count("select count(*) from delegation where partnership_id is not null")).isPositive();
		assertThat(count("select count(*) from delegation where related_text = ''")).isZero();
		assertThat(count("select count(*) from delegation where search_text = '' or sort_key = ''")).isZero();
	}

	@Test
	void projectsSectorsAddUpToAHundredAndTransactionsAreConverted() {
		assertThat(count("select count(*) from project")).isEqualTo(60);
		List<BigDecimal> sums = jdbc.queryForList(
				"select sum(percentage) from project_sector group by project_id", BigDecimal.class);
		assertThat(sums).hasSize(60).allSatisfy(sum -> assertThat(sum).isEqualByComparingTo("100"));
		assertThat(count("select count(*) from project_transaction")).isGreaterThanOrEqualTo(120);
		assertThat(count("""
				select count(*) from project_transaction t join exchange_rate r
				  on r.currency = 'USD' and r.kind = 'ANNUAL_AVERAGE'
				 and t.transaction_on between r.valid_from and r.valid_to
				where t.currency = 'USD' and t.amount_vnd <> round(t.amount * r.vnd_per_unit, 2)""")).isZero();
		assertThat(count("select count(*) from project_transaction where amount_usd is null or amount_vnd is null"))
			.isZero();
		assertThat(count("select count(*) from project_participant where role = 1")).isEqualTo(60);
	}

	private long count(String sql) {
		return jdbc.queryForObject(sql, Long.class);
	}

}
