package vn.hoptac.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import vn.hoptac.Api;
import vn.hoptac.ApiTest;
import vn.hoptac.RowCounts;

/**
 * Every mistake in a request body or path is a 400 problem that names the field, in the request's
 * language, and nothing is written.
 */
@ApiTest
class BadInputTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	Api api;

	long thaiNguyen;

	long gyeongbuk;

	@BeforeEach
	void setUp() throws Exception {
		api = new Api(mvc).as("admin").in("en");
		thaiNguyen = api.localityId("VN-19");
		gyeongbuk = api.localityId("KR-37");
	}

	private String agreement(String extra) {
		return """
				{"title": "Bản ghi nhớ hợp tác văn hóa", "kind": "MOU", "legalBasis": "INTERNATIONAL_AGREEMENT",
				 "level": "PROVINCE", "parties": [{"side": "VN", "localityId": %d}, {"side": "FOREIGN", "localityId": %d}]%s}"""
			.formatted(thaiNguyen, gyeongbuk, extra);
	}

	private String partnership(String extra) {
		return """
				{"title": "Thái Nguyên – Gyeongsangbuk thử", "level": "PROVINCE", "vnLocalityId": %d,
				 "foreignLocalityId": %d, "duplicateIntended": true%s}""".formatted(thaiNguyen, gyeongbuk, extra);
	}

	/** A 400 problem naming exactly this field, and no row written anywhere. */
	private ResultActions refused(ResultActions result, String field) throws Exception {
		return result.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[*].field", hasItem(field)));
	}

	private void refusedAndNothingWritten(String path, String body, String field) throws Exception {
		Map<String, Long> before = RowCounts.of(jdbc);
		refused(api.post(path, body), field);
		assertThat(RowCounts.of(jdbc)).isEqualTo(before);
	}

	@Test
	void aNullInsideAListIsRefusedByItsPlace() throws Exception {
		refusedAndNothingWritten("/api/v1/agreements",
				"""
						{"title": "Bản ghi nhớ", "kind": "MOU", "legalBasis": "INTERNATIONAL_AGREEMENT", "level": "PROVINCE",
						 "parties": [{"side": "VN", "localityId": %d}, null]}""".formatted(thaiNguyen),
				"parties[1]");
		refusedAndNothingWritten("/api/v1/partnerships", partnership(", \"milestones\": [null]"), "milestones[0]");
		refusedAndNothingWritten("/api/v1/partnerships", partnership(", \"types\": [{\"type\": \"SISTER\", \"date\": \"2004\"}, null]"),
				"types[1]");
		refusedAndNothingWritten("/api/v1/partnerships", partnership(", \"fields\": [\"CULTURE\", null]"), "fields[1]");
		refusedAndNothingWritten("/api/v1/agreements", agreement(", \"fields\": [null]"), "fields[0]");
	}

	@Test
	void aValueLongerThanItsColumnIsRefusedByName() throws Exception {
		String tooLongTitle = "T".repeat(501);
		refusedAndNothingWritten("/api/v1/agreements", agreement(", \"summary\": \"" + "s".repeat(4001) + "\"")
			.replace("\"Bản ghi nhớ hợp tác văn hóa\"", "\"" + tooLongTitle + "\""), "title");
		refusedAndNothingWritten("/api/v1/agreements", agreement("").replace("\"localityId\": " + thaiNguyen,
				"\"localityId\": " + thaiNguyen + ", \"signatoryName\": \"" + "n".repeat(201) + "\""),
				"parties[0].signatoryName");
		refusedAndNothingWritten("/api/v1/partnerships",
				partnership(", \"milestones\": [{\"date\": \"2004\", \"title\": \"" + "m".repeat(501) + "\"}]"),
				"milestones[0].title");
		refusedAndNothingWritten("/api/v1/organisations", """
				{"type": "UNIVERSITY", "names": {"vi": "%s"}, "country": "VN", "localityId": %d}"""
			.formatted("Đ".repeat(301), thaiNguyen), "names.vi");
		refused(api.post("/api/v1/organisations", """
				{"type": "UNIVERSITY", "names": {"vi": "Đại học"}, "country": "VN", "website": "%s"}"""
			.formatted("w".repeat(501))), "website")
			.andExpect(jsonPath("$.errors[0].message").value(containsString("500")));
	}

	@Test
	void theLimitItselfIsAccepted() throws Exception {
		api.post("/api/v1/organisations", """
				{"type": "UNIVERSITY", "names": {"vi": "%s"}, "country": "VN", "website": "%s"}"""
			.formatted("Đ".repeat(300), "w".repeat(500))).andExpect(status().isCreated());
	}

	@Test
	void wrongTypesUnknownValuesAndImpossibleDatesAreNamedInTheRequestsLanguage() throws Exception {
		refused(api.post("/api/v1/agreements", agreement(", \"partnershipId\": \"abc\"")), "partnershipId");
		refused(api.post("/api/v1/agreements", agreement(", \"fields\": {\"a\": 1}")), "fields");
		refused(api.post("/api/v1/agreements", agreement("").replace("\"MOU\"", "\"TREATY_OF_NOTHING\"")), "kind")
			.andExpect(jsonPath("$.errors[0].message").value(containsString("MOU")));
		refused(api.post("/api/v1/agreements", agreement("").replace("\"MOU\"", "3")), "kind");
		refused(api.post("/api/v1/agreements", agreement(", \"effectiveOn\": \"2025-02-30\"")), "effectiveOn")
			.andExpect(jsonPath("$.errors[0].message").value(containsString("1900")));
		refused(api.post("/api/v1/agreements", agreement(", \"expiresOn\": \"20250-01-01\"")), "expiresOn");
		refused(api.post("/api/v1/agreements", agreement(", \"expiresOn\": \"1850-01-01\"")), "expiresOn");
		refused(api.post("/api/v1/agreements", agreement(", \"signedOn\": \"0202\"")), "signedOn");
		refused(api.post("/api/v1/partnerships", partnership(", \"milestones\": [{\"date\": \"2999-01\", \"title\": \"x\"}]")),
				"milestones[0].date");
		refused(api.post("/api/v1/agreements/{id}/actions", "{\"type\": \"SIGNED\", \"date\": \"2024-02-30\"}",
				firstAgreement()), "date");
		refused(api.in("ko").post("/api/v1/agreements", agreement(", \"effectiveOn\": \"2025-02-30\"")), "effectiveOn")
			.andExpect(jsonPath("$.errors[0].message").value(containsString("날짜")));
		refused(api.in("vi").post("/api/v1/agreements", agreement(", \"effectiveOn\": \"2025-02-30\"")), "effectiveOn")
			.andExpect(jsonPath("$.errors[0].message").value(containsString("Ngày")));
	}

	@Test
	void anUnknownFieldIsRefusedByName() throws Exception {
		refusedAndNothingWritten("/api/v1/agreements", agreement(", \"sumary\": \"typo\""), "sumary");
		refusedAndNothingWritten("/api/v1/partnerships",
				partnership(", \"milestones\": [{\"date\": \"2004\", \"title\": \"x\", \"when\": \"2004\"}]"),
				"milestones[0].when");
	}

	@Test
	void aMalformedIdInThePathIsAProblem() throws Exception {
		api.get("/api/v1/agreements/abc")
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("id"));
		api.put("/api/v1/organisations/1.5", "{}").andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void anIdInAnotherNotationIsRefusedNotReadAsAnotherRecord() throws Exception {
		// 0x10 and #10 would be read as 16 by the default conversion: a DELETE would hit record 16
		int id = Api.read(api.get("/api/v1/organisations?size=1"), "$.items[0].id");
		for (String notation : new String[] { "0x" + Integer.toHexString(id), "%23" + id, "+" + id }) {
			api.delete("/api/v1/organisations/" + notation).andExpect(status().isBadRequest())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		}
		api.get("/api/v1/organisations/{id}", id).andExpect(status().isOk());
		int agreement = Api.read(api.get("/api/v1/agreements?size=1"), "$.items[0].id");
		api.delete("/api/v1/agreements/0x" + Integer.toHexString(agreement)).andExpect(status().isBadRequest());
		api.get("/api/v1/agreements/{id}", agreement).andExpect(status().isOk());
	}

	@Test
	void aDateInAQueryParameterIsReadLikeOneInABody() throws Exception {
		api.get("/api/v1/localities?at=1850-01-01").andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("at"));
		api.get("/api/v1/localities?at=2025-02-30").andExpect(status().isBadRequest());
		api.get("/api/v1/localities?at=2025-07-01").andExpect(status().isOk());
	}

	private long firstAgreement() throws Exception {
		return ((Number) Api.read(api.get("/api/v1/agreements?size=1"), "$.items[0].id")).longValue();
	}

}
