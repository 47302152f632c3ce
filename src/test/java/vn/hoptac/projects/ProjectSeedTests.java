package vn.hoptac.projects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.hoptac.Api;
import vn.hoptac.ApiTest;

/** The seeds' money facts (M1–M57) are records with their sources; what a source does not give stays empty. */
@ApiTest
class ProjectSeedTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	private long projectId(Api api, String title) throws Exception {
		// the seed is loaded before any test runs, so the seeded record has the lowest id of its title
		// (other tests may copy it, title and all)
		List<Integer> ids = Api.read(api.get("/api/v1/projects?q={q}&size=50", title),
				"$.items[?(@.title == '" + title + "')].id");
		assertThat(ids).as(title).isNotEmpty();
		return ids.stream().mapToLong(Integer::longValue).min().orElseThrow();
	}

	@Test
	void everySeededProjectAndTotalCitesItsSource() {
		assertThat(jdbc.sql("select count(*) from project where source like '%.txt §%'").query(Integer.class).single())
			.isGreaterThanOrEqualTo(50);
		assertThat(jdbc.sql("select count(*) from reported_flow_total where source like '%.txt §%'")
			.query(Integer.class)
			.single()).isGreaterThanOrEqualTo(12);
	}

	@Test
	void koicasEnsureCentreIsACommitmentOfUsd10_5MillionIn2020() throws Exception {
		Api api = new Api(mvc).as("danang");
		long id = projectId(api, "Trung tâm ENSURE (KOICA)");
		api.get("/api/v1/projects/{id}", id)
			.andExpect(jsonPath("$.modality").value("ODA_GRANT"))
			.andExpect(jsonPath("$.foreignCountry").value("KR"))
			.andExpect(jsonPath("$.participants[0].party.code").value("KOICA"))
			.andExpect(jsonPath("$.transactions[0].type").value(2))
			.andExpect(jsonPath("$.transactions[0].transactionOn").value("2020"))
			.andExpect(jsonPath("$.transactions[0].amount").value(10500000.00))
			.andExpect(jsonPath("$.transactions[0].amountQualifier").value("EXACT"))
			.andExpect(jsonPath("$.transactions[0].amountVnd").value(243687885000.00))
			.andExpect(jsonPath("$.actualStart").doesNotExist())
			.andExpect(jsonPath("$.sourceCitations[0].locator").value("§4.3.3b (p. 122)"));
	}

	@Test
	void daeguGrantsAndTheKindergartensNameAreAsTheSourceGivesThem() throws Exception {
		Api api = new Api(mvc).as("danang");
		api.get("/api/v1/projects/{id}", projectId(api, "Trường mầm non Măng Non"))
			.andExpect(jsonPath("$.actualStart").value("2004"))
			.andExpect(jsonPath("$.actualEnd").value("2005"))
			.andExpect(jsonPath("$.sectors[0].code").value("11240"))
			.andExpect(jsonPath("$.budgets[0].amount").value(30000.00))
			.andExpect(jsonPath("$.budgets[0].amountVnd").value(472380000.00));
		api.get("/api/v1/projects/{id}", projectId(api, "Công viên Book Café"))
			.andExpect(jsonPath("$.budgets[0].currency").value("USD"));
	}

	@Test
	void totalsThatPredateTheRecordsKeepTheirQualifierAndPeriod() throws Exception {
		Api api = new Api(mvc).as("thainguyen");
		List<Map<String, Object>> korean = Api.read(api.get("/api/v1/projects/reported-totals?locality={l}&country=KR",
				api.localityId("VN-19")), "$.items");
		assertThat(korean).anySatisfy(t -> {
			assertThat(t.get("metric")).isEqualTo("PROJECTS");
			assertThat(t.get("qualifier")).isEqualTo("MORE_THAN");
			assertThat(((Number) t.get("amount")).intValue()).isEqualTo(110);
			assertThat(t.get("periodTo")).isEqualTo("..2023");
			assertThat(t.get("periodFrom")).isNull();
		});
		assertThat(korean).anySatisfy(t -> {
			assertThat(t.get("metric")).isEqualTo("REGISTERED_CAPITAL");
			assertThat(((Number) t.get("amount")).longValue()).isEqualTo(8_000_000_000L);
			assertThat(t.get("currency")).isEqualTo("USD");
		});
		Api daNang = new Api(mvc).as("danang");
		List<Map<String, Object>> laos = Api.read(daNang.get("/api/v1/projects/reported-totals?country=LA&locality={l}",
				daNang.localityId("VN-48")), "$.items");
		assertThat(laos).extracting(t -> t.get("metric") + " " + t.get("qualifier"))
			.contains("PROGRAMMES MORE_THAN", "SCHOLARSHIPS ABOUT", "AID_GIVEN EXACT", "AID_GIVEN MORE_THAN");
	}

	@Test
	void aSourceThatGivesNoDateOrAmountLeavesThemEmpty() throws Exception {
		Api api = new Api(mvc).as("langson");
		api.get("/api/v1/projects/{id}", projectId(api, "Ngôi trường hy vọng Samsung Lạng Sơn"))
			.andExpect(jsonPath("$.modality").value("CSR"))
			.andExpect(jsonPath("$.plannedStart").doesNotExist())
			.andExpect(jsonPath("$.actualStart").doesNotExist())
			.andExpect(jsonPath("$.budgets").isEmpty())
			.andExpect(jsonPath("$.transactions").isEmpty());
	}

	@Test
	void amountsInCurrenciesAndYearsOfTheDerivedRatesHaveTheirEquivalents() throws Exception {
		Api admin = new Api(mvc).as("admin");
		// M24: 601,346.76 euros of 2012 at the euro's 2012 rate (Federal Reserve H.10 through the WDI dollar)
		admin.get("/api/v1/projects/{id}", projectId(admin, "Dự án công nghệ thông tin do Bộ Ngoại giao Phần Lan tài trợ"))
			.andExpect(jsonPath("$.budgets[0].valueDate").value("2012-01-01"))
			.andExpect(jsonPath("$.budgets[0].amountVnd").value(16105379376.88))
			.andExpect(jsonPath("$.budgets[0].amountUsd").value(773256.16));
		admin.get("/api/v1/exchange-rates?currency=EUR&size=200")
			.andExpect(jsonPath("$.items[?(@.validFrom == '2012-01-01')].source",
					hasItem(containsString("Federal Reserve System (US), H.10"))));
		// M52: 40 million won a year, 2015–2017
		admin.get("/api/v1/projects/{id}",
				projectId(admin, "4 nhiệm vụ nghiên cứu chung của Ủy ban Hỗn hợp về hợp tác khoa học và công nghệ"))
			.andExpect(jsonPath("$.budgets[?(@.valueDate == '2016-01-01')].amountVnd", hasItem(756808520.00)))
			.andExpect(jsonPath("$.budgets[?(@.valueDate == '2016-01-01')].amountUsd", hasItem(34502.33)))
			.andExpect(jsonPath("$.budgets[?(@.valueDate == '2017-01-01')].amountUsd", hasItem(35428.22)));
		// M12: a 2022 proposal in đồng, in dollars at the IMF-derived rate of 2022
		Api langSon = new Api(mvc).as("langson");
		langSon.get("/api/v1/projects/{id}", projectId(langSon, "Đề xuất ODA: 5 dự án lĩnh vực y tế"))
			.andExpect(jsonPath("$.budgets[0].amountVnd").value(1455200000000.00))
			.andExpect(jsonPath("$.budgets[0].amountUsd").value(62493524.70));
		// M23: 10 billion đồng over 1993–2007, dated at the period's start
		Api daNang = new Api(mvc).as("danang");
		daNang.get("/api/v1/projects/{id}", projectId(daNang, "Các dự án do vùng Nord-Pas-de-Calais tài trợ"))
			.andExpect(jsonPath("$.budgets[0].valueDate").value("1993-01-01"))
			.andExpect(jsonPath("$.budgets[0].amountUsd").value(939147.18));
	}

}
