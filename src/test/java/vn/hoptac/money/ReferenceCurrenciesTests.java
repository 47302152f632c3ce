package vn.hoptac.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.hoptac.Api;
import vn.hoptac.ApiTest;

/** The currency table is the IATI Currency codelist (176 codes, 9 withdrawn), with ISO 4217 minor units. */
@ApiTest
class ReferenceCurrenciesTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	ExchangeRates rates;

	@Test
	void holdsTheWholeCodelist() {
		assertThat(jdbc.sql("select count(*) from currency").query(Long.class).single()).isEqualTo(176);
		assertThat(jdbc.sql("select count(*) from currency where withdrawn").query(Long.class).single()).isEqualTo(9);
		assertThat(rates.currency("VEF")).hasValueSatisfying(c -> assertThat(c.isWithdrawn()).isTrue());
	}

	@Test
	void theSeedsCurrenciesArePresentWithTheirMinorUnits() {
		assertThat(rates.currency("VND")).hasValueSatisfying(c -> {
			assertThat(c.getNameEn()).isEqualTo("Dong");
			assertThat(c.getMinorUnits()).isEqualTo((short) 0);
		});
		assertThat(rates.currency("KRW")).hasValueSatisfying(c -> assertThat(c.getMinorUnits()).isEqualTo((short) 0));
		assertThat(rates.currency("JPY")).hasValueSatisfying(c -> assertThat(c.getMinorUnits()).isEqualTo((short) 0));
		assertThat(rates.currency("USD")).hasValueSatisfying(c -> assertThat(c.getMinorUnits()).isEqualTo((short) 2));
		assertThat(rates.currency("EUR")).hasValueSatisfying(c -> assertThat(c.isWithdrawn()).isFalse());
		assertThat(rates.currency("SEK")).isPresent();
	}

	@Test
	void theApiListsThem() throws Exception {
		new Api(mvc).get("/api/v1/currencies")
			.andExpect(jsonPath("$.length()").value(176))
			.andExpect(jsonPath("$[?(@.code == 'KRW')].nameEn").value("Won"));
	}

}
