package vn.hoptac.projects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.hoptac.Api;
import vn.hoptac.ApiTest;

/**
 * The money rules: sectors' shares add up to exactly 100, codes come from the IATI codelists, amounts
 * are exact, not negative and in a known currency with a rate for their year; the đồng and dollar
 * equivalents are exact to the đồng and the cent, and an equivalent the source states is kept as stated.
 */
@ApiTest
class ProjectMoneyTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	Api api;

	long daNang;

	@BeforeEach
	void setUp() throws Exception {
		api = new Api(mvc).as("danang");
		daNang = api.localityId("VN-48");
	}

	private String project(String extra) {
		return """
				{"title": "Dự án %s", "modality": "ODA_GRANT", "vnLocalityId": %d%s}""".formatted(UUID.randomUUID(),
				daNang, extra);
	}

	private int rows() {
		return jdbc.sql("select count(*) from project").query(Integer.class).single();
	}

	@Test
	void sectorSharesThatDoNotAddUpTo100AreRefusedAtTheSectorsNamingTheSum() throws Exception {
		int before = rows();
		String split = project("""
				, "sectors": [{"code": "14050", "percentage": 60}, {"code": "41010", "percentage": 30}]""");
		api.post("/api/v1/projects", split)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("sectors"))
			.andExpect(jsonPath("$.errors[0].message").value("Tổng tỷ lệ các ngành phải đúng 100%, hiện là 90%."));
		api.in("en").post("/api/v1/projects", split)
			.andExpect(jsonPath("$.errors[0].message", containsString("they add up to 90%")));
		api.in("ko").post("/api/v1/projects", split)
			.andExpect(jsonPath("$.errors[0].message", containsString("현재 합계는 90%")));
		api.post("/api/v1/projects", project("""
				, "sectors": [{"code": "14050", "percentage": 33.33}, {"code": "41010", "percentage": 33.33},
				              {"code": "43040", "percentage": 33.33}]"""))
			.andExpect(jsonPath("$.errors[0].message", containsString("99,99%")));
		assertThat(rows()).isEqualTo(before);
		api.post("/api/v1/projects", project("""
				, "sectors": [{"code": "14050", "percentage": 33.33}, {"code": "41010", "percentage": 33.33},
				              {"code": "43040", "percentage": 33.34}]""")).andExpect(status().isCreated());
	}

	@Test
	void unknownWithdrawnAndRepeatedSectorCodesAreRefusedAtTheirRow() throws Exception {
		api.post("/api/v1/projects", project("""
				, "sectors": [{"code": "99999", "percentage": 50}, {"code": "11321", "percentage": 25},
				              {"code": "14050", "percentage": 20}, {"code": "14050", "percentage": 5}]"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[?(@.field == 'sectors[0].code')].message", hasItem(containsString("không tồn tại"))))
			.andExpect(jsonPath("$.errors[?(@.field == 'sectors[1].code')].message", hasItem(containsString("bãi bỏ"))))
			.andExpect(jsonPath("$.errors[?(@.field == 'sectors[3].code')].message", hasItem(containsString("dòng khác"))));
	}

	@Test
	void negativeAndInexactAmountsAndUnknownCurrenciesAreRefused() throws Exception {
		int before = rows();
		api.post("/api/v1/projects", project("""
				, "budgets": [{"type": 1, "status": 1, "amount": -5, "currency": "USD"},
				              {"type": 3, "status": 1, "amount": 5, "currency": "ABC"}],
				  "transactions": [{"type": 3, "transactionOn": "2020", "amount": 0, "currency": "USD"},
				                   {"type": 3, "transactionOn": "2020", "amount": 1.005, "currency": "USD"},
				                   {"type": 3, "transactionOn": "2020", "amount": 5, "currency": "EEK"},
				                   {"type": 14, "amount": 5, "currency": "USD"}]"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("budgets[0].amount")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("budgets[1].type")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("budgets[1].currency")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("transactions[0].amount")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("transactions[1].amount")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("transactions[2].currency")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("transactions[3].type")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("transactions[3].transactionOn")));
		assertThat(rows()).isEqualTo(before);
	}

	@Test
	void aCurrencyWithoutARateForItsYearIsRefusedNamingCurrencyAndYear() throws Exception {
		int before = rows();
		String body = project("""
				, "transactions": [{"type": 3, "transactionOn": "2025-06", "amount": 250000000, "currency": "KRW"}]""");
		api.post("/api/v1/projects", body)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("transactions[0].currency"))
			.andExpect(jsonPath("$.errors[0].message", containsString("KRW")))
			.andExpect(jsonPath("$.errors[0].message", containsString("2025")));
		api.in("en").post("/api/v1/projects", body).andExpect(jsonPath("$.errors[0].message", containsString("2025")));
		assertThat(rows()).isEqualTo(before);
	}

	@Test
	void equivalentsAreExactToTheDongAndTheCentAndAStatedEquivalentIsKept() throws Exception {
		long id = Api.id(api.post("/api/v1/projects", project("""
				, "budgets": [{"type": 1, "status": 2, "periodStart": "2017", "periodEnd": "2020", "amount": 393000,
				               "currency": "EUR", "statedVnd": 9420210000},
				              {"type": 1, "status": 2, "periodStart": "2013", "amount": 2400000, "currency": "SEK",
				               "statedVnd": 7550000000, "statedQualifier": "ABOUT"},
				              {"type": 1, "status": 1, "amount": 11080, "currency": "USD"}],
				  "transactions": [{"type": 2, "transactionOn": "2020", "amount": 10500000, "currency": "USD"},
				                   {"type": 3, "transactionOn": "..2018-06", "amount": 1000000000, "currency": "VND",
				                    "amountQualifier": "MORE_THAN"}]""")).andExpect(status().isCreated()));
		api.get("/api/v1/projects/{id}", id)
			.andExpect(jsonPath("$.budgets[0].valueDate").value("2017-01-01"))
			.andExpect(jsonPath("$.budgets[0].amountVnd").value(9420210000.00))
			.andExpect(jsonPath("$.budgets[0].amountUsd").value(421107.38))
			.andExpect(jsonPath("$.budgets[0].statedVnd").value(9420210000L))
			.andExpect(jsonPath("$.budgets[0].statedQualifier").value("EXACT"))
			.andExpect(jsonPath("$.budgets[1].amountVnd").value(7549999999.20))
			.andExpect(jsonPath("$.budgets[1].amountUsd").value(360667.30))
			.andExpect(jsonPath("$.budgets[1].statedQualifier").value("ABOUT"))
			.andExpect(jsonPath("$.budgets[2].valueDate").doesNotExist())
			.andExpect(jsonPath("$.budgets[2].amountVnd").doesNotExist())
			.andExpect(jsonPath("$.transactions[0].amountVnd").value(243687885000.00))
			.andExpect(jsonPath("$.transactions[0].amountUsd").value(10500000.00))
			.andExpect(jsonPath("$.transactions[1].transactionOn").value("..2018-06"))
			.andExpect(jsonPath("$.transactions[1].amountQualifier").value("MORE_THAN"))
			.andExpect(jsonPath("$.transactions[1].amountVnd").value(1000000000.00));
		assertThat(jdbc.sql("select amount_vnd from project_transaction where project_id = ? and position = 0")
			.param(id)
			.query(BigDecimal.class)
			.single()).isEqualByComparingTo("243687885000.00").hasScaleOf(2);
		assertThat(jdbc.sql("select amount_usd from project_budget where project_id = ? and position = 0")
			.param(id)
			.query(BigDecimal.class)
			.single()).isEqualTo(new BigDecimal("421107.38"));
	}

}
