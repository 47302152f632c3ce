package vn.hoptac.delegations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import jakarta.persistence.EntityManagerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import vn.hoptac.Api;
import vn.hoptac.ApiTest;
import vn.hoptac.HibernateSessions;
import vn.hoptac.money.ExchangeRates;

@ApiTest
class DelegationApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ExchangeRates rates;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	Api api;

	long thaiNguyen;

	long gyeongbuk;

	@BeforeEach
	void setUp() throws Exception {
		api = new Api(mvc).as("admin");
		thaiNguyen = api.localityId("VN-19");
		gyeongbuk = api.localityId("KR-37");
		TestRates.ensure(rates);
	}

	private String delegation(String title, String extra) {
		return """
				{"title": "%s", "direction": "INBOUND", "status": "HELD", "vnLocalityId": %d,
				 "foreignLocalityId": %d, "headName": "Lee Cheol-woo", "headTitle": "Tỉnh trưởng",
				 "headRank": "PROVINCIAL_LEADER", "startOn": "2024-03", "size": 12, "sizeQualifier": "ABOUT",
				 "costAmount": 5000000, "costCurrency": "KRW", "costBearer": "HOST",
				 "followUps": [{"action": "Gửi dự thảo bản ghi nhớ", "dueOn": "2024-06-30"}]%s}"""
			.formatted(title, thaiNguyen, gyeongbuk, extra);
	}

	private BigDecimal rate(String currency) {
		return rates.rateOn(currency, LocalDate.of(2024, 3, 1)).orElseThrow().getVndPerUnit();
	}

	/** 5,000,000 won at the won's rate of March 2024, exactly. */
	private BigDecimal expectedVnd() {
		return new BigDecimal("5000000").multiply(rate("KRW")).setScale(2, RoundingMode.HALF_EVEN);
	}

	private int total() throws Exception {
		return Api.read(api.get("/api/v1/delegations?size=1"), "$.total");
	}

	/**
	 * The page, its total and its parties' names are read in one read-only transaction: a session
	 * and a transaction of their own for each step cost a list request more than their queries
	 * (docs/benchmarks.md).
	 */
	@Test
	void aListPageIsReadInOneSession() throws Exception {
		api.post("/api/v1/delegations", delegation("Đoàn một lần đọc " + UUID.randomUUID(), ", \"visibility\": \"PUBLIC\""))
			.andExpect(status().isCreated());
		for (String path : new String[] { "/api/v1/delegations?page=0&size=20",
				"/api/v1/delegations?country=KR&direction=INBOUND&page=0&size=20", "/api/v1/delegations?q=doc" }) {
			long sessions = HibernateSessions.openedBy(entityManagerFactory,
					() -> api.anonymous().get(path).andExpect(jsonPath("$.items[0].foreignParty.name").isNotEmpty()));
			assertThat(sessions).as("sessions opened by %s", path).isEqualTo(1);
		}
	}

	@Test
	void createsReadsUpdatesAndDeletesWithTheVersionRead() throws Exception {
		String title = "Đoàn Gyeongsangbuk " + UUID.randomUUID();
		long id = Api.id(api.post("/api/v1/delegations", delegation(title, ""))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.startOn").value("2024-03"))
			.andExpect(jsonPath("$.startPrecision").value("MONTH"))
			.andExpect(jsonPath("$.foreignCountry").value("KR"))
			.andExpect(jsonPath("$.foreignParty.name").value("Gyeongsangbuk"))
			.andExpect(jsonPath("$.sizeQualifier").value("ABOUT"))
			.andExpect(jsonPath("$.costAmount").value(5000000))
			.andExpect(jsonPath("$.costCurrency").value("KRW"))
			.andExpect(jsonPath("$.costVnd").value(expectedVnd().doubleValue()))
			.andExpect(jsonPath("$.costUsd").value(expectedVnd().divide(rate("USD"), 2, RoundingMode.HALF_EVEN).doubleValue()))
			.andExpect(jsonPath("$.followUps[0].status").value("OPEN")));

		String read = api.get("/api/v1/delegations/{id}", id)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.version").value(0))
			.andReturn()
			.getResponse()
			.getContentAsString();
		// what GET answers can be sent back as it is
		api.put("/api/v1/delegations/{id}", read.replace("\"size\":12", "\"size\":14"), id)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.size").value(14))
			.andExpect(jsonPath("$.version").value(1));
		// the version read is stale now: 409, nothing written
		api.put("/api/v1/delegations/{id}", read.replace("\"size\":12", "\"size\":20"), id)
			.andExpect(status().isConflict());
		api.delete("/api/v1/delegations/{id}?version=0", id).andExpect(status().isConflict());
		assertThat((int) Api.read(api.get("/api/v1/delegations/{id}", id), "$.size")).isEqualTo(14);

		api.get("/api/v1/delegations?q=" + title.substring(title.length() - 12)).andExpect(jsonPath("$.total").value(1));
		api.get("/api/v1/audit?entity=delegation&entityId=" + id).andExpect(status().isOk());
		api.delete("/api/v1/delegations/{id}?version=1", id).andExpect(status().isNoContent());
		api.get("/api/v1/delegations/{id}", id).andExpect(status().isNotFound());
	}

	@Test
	void freeTextFindsADelegationByItsForeignPartysCurrentName() throws Exception {
		String title = "Đoàn thử " + UUID.randomUUID();
		long id = Api.id(api.post("/api/v1/delegations", delegation(title, "")).andExpect(status().isCreated()));
		api.get("/api/v1/delegations?q=gyeongsangbuk&size=100&sort=-updated")
			.andExpect(jsonPath("$.items[*].id", hasItem((int) id)));
	}

	@Test
	void aDelegationWithoutAForeignPartyIsRefusedAtThatFieldInEveryLanguageAndNothingIsWritten() throws Exception {
		int before = total();
		String body = delegation("Đoàn không có đối tác", "").replace("\"foreignLocalityId\": " + gyeongbuk + ",", "");
		api.post("/api/v1/delegations", body)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("foreignLocalityId"))
			.andExpect(jsonPath("$.errors[0].message", containsString("phía nước ngoài")));
		api.in("en").post("/api/v1/delegations", body)
			.andExpect(jsonPath("$.errors[0].message", containsString("foreign side")));
		api.in("ko").post("/api/v1/delegations", body)
			.andExpect(jsonPath("$.errors[0].message", containsString("외국 측")));
		assertThat(total()).isEqualTo(before);
	}

	@Test
	void everyBadInputIsA400NamingItsFieldAndNothingIsWritten() throws Exception {
		int before = total();
		String[][] cases = {
				{ "\"endOn\": \"2024-02\"", "endOn", "kết thúc" },
				{ "\"startOn\": \"2024-13\"", "startOn", "2018-11" },
				{ "\"size\": 0", "size", "từ 1" },
				{ "\"costAmount\": -1", "costAmount", "số âm" },
				{ "\"costCurrency\": \"XYZ\"", "costCurrency", "ISO 4217" },
				{ "\"costCurrency\": \"SEK\", \"startOn\": \"1990\"", "costCurrency", "1990" },
				{ "\"partnershipId\": 999999", "partnershipId", "999" },
				{ "\"agreementIds\": [999999]", "agreementIds", "999" },
				{ "\"headRank\": \"KING\"", "headRank", "" },
				{ "\"planItemId\": 999999", "planItemId", "999" } };
		for (String[] c : cases) {
			String body = delegation("Đoàn sai " + c[1], "").replaceFirst("\\{", "{" + c[0] + ", ");
			boolean startGiven = c[0].contains("startOn");
			body = body.replace("\"startOn\": \"2024-03\", ", startGiven ? "" : "\"startOn\": \"2024-03\", ")
				.replace(", \"size\": 12", c[1].equals("size") ? "" : ", \"size\": 12")
				.replace("\"costAmount\": 5000000, ", c[1].equals("costAmount") ? "" : "\"costAmount\": 5000000, ")
				.replace("\"costCurrency\": \"KRW\", ", c[1].equals("costCurrency") ? "" : "\"costCurrency\": \"KRW\", ")
				.replace("\"headRank\": \"PROVINCIAL_LEADER\", ", c[1].equals("headRank") ? "" : "\"headRank\": \"PROVINCIAL_LEADER\", ");
			api.post("/api/v1/delegations", body)
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value(c[1]))
				.andExpect(jsonPath("$.errors[0].message", containsString(c[2])));
		}
		api.in("en").post("/api/v1/delegations", delegation("Đoàn sai", ", \"endOn\": \"2023\""))
			.andExpect(jsonPath("$.errors[0].field").value("endOn"))
			.andExpect(jsonPath("$.errors[0].message", containsString("end date")));
		api.in("ko").post("/api/v1/delegations",
				delegation("Đoàn sai", "").replace("\"costAmount\": 5000000", "\"costAmount\": -5"))
			.andExpect(jsonPath("$.errors[0].field").value("costAmount"))
			.andExpect(jsonPath("$.errors[0].message", containsString("음수")));
		assertThat(total()).isEqualTo(before);
	}

	@Test
	void anEndKnownOnlyByItsYearDoesNotContradictAStartInThatYear() throws Exception {
		api.post("/api/v1/delegations", delegation("Đoàn năm " + UUID.randomUUID(), ", \"endOn\": \"2024\""))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.endOn").value("2024"));
	}

	@Test
	void anOfficerRecordsForTheirProvinceButNotForAnother() throws Exception {
		Api officer = new Api(mvc).as("thainguyen");
		long created = Api.id(officer.post("/api/v1/delegations", delegation("Đoàn " + UUID.randomUUID(), ""))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.ownerProvinceId").value(thaiNguyen)));
		officer.post("/api/v1/delegations",
				delegation("Đoàn Đà Nẵng", "").replace("\"vnLocalityId\": " + thaiNguyen,
						"\"vnLocalityId\": " + api.localityId("VN-48")))
			.andExpect(status().isForbidden());
		new Api(mvc).as("langson").get("/api/v1/delegations/{id}", created).andExpect(status().isForbidden());
		officer.delete("/api/v1/delegations/{id}", created).andExpect(status().isForbidden());
	}

}
