package vn.hoptac.agreements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import vn.hoptac.Api;
import vn.hoptac.ApiTest;

/**
 * An agreement's actions follow the legal order (Law 70/2020/QH14 Arts. 18–19), compared by the
 * period each date stands for; the signing and entry-into-force dates are those of its actions.
 */
@ApiTest
class AgreementActionOrderTests {

	@Autowired
	MockMvc mvc;

	Api api;

	long thaiNguyen;

	long gyeongbuk;

	@BeforeEach
	void setUp() throws Exception {
		api = new Api(mvc).as("admin");
		thaiNguyen = api.localityId("VN-19");
		gyeongbuk = api.localityId("KR-37");
	}

	private long create(String signedOn, String effectiveOn) throws Exception {
		return Api.id(api.post("/api/v1/agreements", body(signedOn, effectiveOn, null)).andExpect(status().isCreated()));
	}

	private String body(String signedOn, String effectiveOn, Long version) {
		return """
				{"title": "Bản ghi nhớ %s", "kind": "MOU", "legalBasis": "INTERNATIONAL_AGREEMENT", "level": "PROVINCE",
				 "signedOn": %s, "effectiveOn": %s, "version": %s,
				 "parties": [{"side": "VN", "localityId": %d}, {"side": "FOREIGN", "localityId": %d}]}"""
			.formatted(UUID.randomUUID(), quoted(signedOn), quoted(effectiveOn), version, thaiNguyen, gyeongbuk);
	}

	private static String quoted(String value) {
		return value == null ? "null" : "\"" + value + "\"";
	}

	private ResultActions act(Api as, long id, String type, String date) throws Exception {
		return as.post("/api/v1/agreements/{id}/actions", """
				{"type": "%s", "date": "%s"}""".formatted(type, date), id);
	}

	@Test
	void refusesInForceBeforeSignedNamingTheDateFieldInTheRequestsLanguage() throws Exception {
		long id = create("2024-05-10", null);

		act(api, id, "IN_FORCE", "2024-05-01").andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("date"))
			.andExpect(jsonPath("$.errors[0].message", containsString("Có hiệu lực")))
			.andExpect(jsonPath("$.errors[0].message", containsString("Có hiệu lực (01/05/2024) không thể trước Ký kết (10/05/2024)")));
		act(api.in("en"), id, "IN_FORCE", "2024-05-01").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message", containsString("In force (1 May 2024) cannot be dated before Signed (10 May 2024)")));
		act(api.in("ko"), id, "IN_FORCE", "2024-05-01").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message", containsString("2024년 5월 10일")));

		assertThat(types(id)).containsExactly("SIGNED");
		act(api, id, "IN_FORCE", "2024-05-10").andExpect(status().isCreated())
			.andExpect(jsonPath("$.effectiveOn").value("2024-05-10"));
	}

	@Test
	void refusesAnOpinionReceivedBeforeTheRequestForIt() throws Exception {
		long id = create(null, null);
		act(api, id, "SENT_FOR_MOFA_OPINION", "2025-03-10").andExpect(status().isCreated());

		act(api, id, "OPINION_RECEIVED", "2025-03-07").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("date"));
		act(api, id, "OPINION_RECEIVED", "2025-03-14").andExpect(status().isCreated());
	}

	@Test
	void refusesAnEarlierStepDatedAfterALaterOneAlreadyRecorded() throws Exception {
		long id = create(null, null);
		act(api, id, "SIGNED", "2025-04-01").andExpect(status().isCreated());

		act(api.in("en"), id, "SENT_FOR_MOFA_OPINION", "2025-04-20").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message", containsString("cannot be dated after Signed (1 Apr 2025)")));
		act(api, id, "SENT_FOR_MOFA_OPINION", "2025-03-03").andExpect(status().isCreated());
	}

	@Test
	void comparesDatesKnownByYearOrMonthByTheirWholePeriod() throws Exception {
		long id = create("2005", null);
		assertThat((String) Api.read(api.get("/api/v1/agreements/{id}", id), "$.actions[0].date")).isEqualTo("2005");

		// within the year of signing: not a contradiction
		act(api, id, "IN_FORCE", "2005-03-15").andExpect(status().isCreated());
		// a whole year before it: one
		long other = create("2005-06", null);
		act(api, other, "IN_FORCE", "2005-05").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message", containsString("Có hiệu lực (05/2005) không thể trước Ký kết (06/2005)")));
		act(api.in("ko"), other, "IN_FORCE", "..2005-05").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message", containsString("2005년 5월 이전")))
			.andExpect(jsonPath("$.errors[0].message", containsString("2005년 6월")));
		act(api, other, "IN_FORCE", "2005-06").andExpect(status().isCreated())
			.andExpect(jsonPath("$.effectivePrecision").value("MONTH"))
			.andExpect(jsonPath("$.actions[1].date").value("2005-06"));
	}

	@Test
	void takesTheSigningAndEntryIntoForceDatesFromTheActions() throws Exception {
		long id = create("2024-03", "2024-04-10");
		var created = api.get("/api/v1/agreements/{id}", id)
			.andExpect(jsonPath("$.signedOn").value("2024-03"))
			.andExpect(jsonPath("$.signedPrecision").value("MONTH"))
			.andExpect(jsonPath("$.effectiveOn").value("2024-04-10"));
		assertThat(types(id)).containsExactly("SIGNED", "IN_FORCE");
		long version = ((Number) Api.read(created, "$.version")).longValue();

		// the same dates may be sent back; other ones are changed in the history, not here
		api.put("/api/v1/agreements/{id}", body("2024-02-20", "2024-04-10", version), id)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("signedOn"))
			.andExpect(jsonPath("$.errors[0].message", containsString("(Ký kết: 03/2024)")));
		api.in("en").put("/api/v1/agreements/{id}", body("2024-02-20", "2024-04-10", version), id)
			.andExpect(jsonPath("$.errors[0].message", containsString("Signed: Mar 2024")));
		api.put("/api/v1/agreements/{id}", body("2024-03", "2024-04-10", version), id).andExpect(status().isOk());
		assertThat(types(id)).containsExactly("SIGNED", "IN_FORCE");
	}

	@Test
	void anInForceDateStatedBeforeTheRecordedSigningIsRefused() throws Exception {
		long id = create(null, null);
		act(api, id, "SIGNED", "2024-06-01").andExpect(status().isCreated());
		long version = ((Number) Api.read(api.get("/api/v1/agreements/{id}", id), "$.version")).longValue();

		api.put("/api/v1/agreements/{id}", body(null, "2024-05-01", version), id).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("effectiveOn"));
	}

	@Test
	void withdrawingAnActionRecomputesTheDatesAndAStaleVersionIsAConflict() throws Exception {
		long id = create("2024-03-01", null);
		act(api, id, "IN_FORCE", "2024-04-01").andExpect(status().isCreated());
		long version = ((Number) Api.read(api.get("/api/v1/agreements/{id}", id), "$.version")).longValue();

		api.delete("/api/v1/agreements/{id}/actions/{position}?version={v}", id, 1, version - 1)
			.andExpect(status().isConflict());
		api.as("thainguyen").delete("/api/v1/agreements/{id}/actions/{position}?version={v}", id, 1, version)
			.andExpect(status().isForbidden());
		api.delete("/api/v1/agreements/{id}/actions/{position}?version={v}", id, 1, version)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.effectiveOn").doesNotExist())
			.andExpect(jsonPath("$.status").value("SIGNED"));
		api.delete("/api/v1/agreements/{id}/actions/{position}", id, 5).andExpect(status().isNotFound());

		api.get("/api/v1/audit?entity=agreement&entityId={id}", id)
			.andExpect(jsonPath("$.items[*].before", hasItem(containsString("IN_FORCE"))));
	}

	@Test
	void treatyKindsAreForTheNationalLevelOnlyAndTheReservedNameIsQuotedAsTyped() throws Exception {
		String treaty = """
				{"title": "Hiệp định %s", "kind": "TREATY_AGREEMENT", "legalBasis": "%s", "level": "%s",
				 "parties": [{"side": "VN", "localityId": %d}, {"side": "FOREIGN", "localityId": %d}]}""";
		api.post("/api/v1/agreements", treaty.formatted(UUID.randomUUID(), "INTERNATIONAL_AGREEMENT", "PROVINCE",
				thaiNguyen, gyeongbuk))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("kind")))
			.andExpect(jsonPath("$.errors[?(@.field == 'kind')].message", hasItem(containsString("\"Hiệp định\""))))
			.andExpect(jsonPath("$.errors[?(@.field == 'title')].message", hasItem(containsString("\"Hiệp định\""))));
		api.post("/api/v1/agreements",
				treaty.formatted(UUID.randomUUID(), "TREATY", "NATIONAL", thaiNguyen, gyeongbuk))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.kind").value("TREATY_AGREEMENT"));

		api.post("/api/v1/agreements", """
				{"title": "Văn bản HIỆP ĐỊNH hữu nghị", "kind": "AGREEMENT", "legalBasis": "INTERNATIONAL_AGREEMENT",
				 "level": "DISTRICT", "parties": [{"side": "VN", "localityId": %d}, {"side": "FOREIGN", "localityId": %d}]}"""
			.formatted(thaiNguyen, gyeongbuk))
			.andExpect(jsonPath("$.errors[0].message", containsString("\"HIỆP ĐỊNH\"")));
	}

	private List<String> types(long id) throws Exception {
		return Api.read(api.get("/api/v1/agreements/{id}", id), "$.actions[*].type");
	}

}
