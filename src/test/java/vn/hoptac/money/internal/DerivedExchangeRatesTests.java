package vn.hoptac.money.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Connection;

import javax.sql.DataSource;

import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.migration.Context;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.hoptac.ApiTest;

/**
 * Migration 68 adds the derived rates to a database that already has rates: a year a rate already
 * covers (an administrator's upload) keeps it, and running it again adds nothing twice.
 */
@ApiTest
class DerivedExchangeRatesTests {

	private static final String JPY_2000 = "currency = 'JPY' and valid_from = date '2000-01-01'";

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	@Test
	void aRateTheDatabaseAlreadyHasStays() throws Exception {
		jdbc.sql("delete from exchange_rate where " + JPY_2000).update();
		jdbc.sql("""
				insert into exchange_rate (currency, valid_from, valid_to, vnd_per_unit, kind, source, created_at, updated_at)
				values ('JPY', date '2000-01-01', date '2000-12-31', 1, 'ANNUAL_AVERAGE', 'an upload', current_timestamp,
				current_timestamp)""").update();
		try {
			migrate();
			assertThat(jpy2000()).isEqualByComparingTo("1");
		}
		finally {
			jdbc.sql("delete from exchange_rate where " + JPY_2000).update();
			migrate();
		}
		assertThat(jpy2000()).isEqualByComparingTo("131.421317");
		assertThat(jdbc.sql("select count(*) from exchange_rate where currency = 'JPY' and valid_from >= date '1993-01-01'").query(Long.class).single())
			.isEqualTo(31);
	}

	private BigDecimal jpy2000() {
		return jdbc.sql("select vnd_per_unit from exchange_rate where " + JPY_2000).query(BigDecimal.class).single();
	}

	private void migrate() throws Exception {
		try (Connection connection = dataSource.getConnection()) {
			new DerivedExchangeRates().migrate(new Context() {
				@Override
				public Configuration getConfiguration() {
					return null;
				}

				@Override
				public Connection getConnection() {
					return connection;
				}
			});
		}
	}

}
