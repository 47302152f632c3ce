package vn.hoptac.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import vn.hoptac.Api;
import vn.hoptac.ApiTest;

/**
 * What GET answers can be PUT back unchanged: it succeeds and changes nothing but the version, for
 * every record type with a PUT. A field the request does not know is refused by name.
 */
@ApiTest
class RoundTripTests {

	/** Records of each type taken from the demo data: the first page of its list. */
	private static final int RECORDS_PER_TYPE = 15;

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	Api api;

	@BeforeEach
	void setUp() {
		api = new Api(mvc).as("admin");
	}

	@ParameterizedTest
	@ValueSource(strings = { "localities", "organisations", "partnerships", "agreements", "users", "delegations",
			"delegations/reported-totals", "conferences", "ngos", "exchanges", "memberships", "events", "awards",
			"projects", "projects/reported-totals", "frameworks", "indicators", "forums", "feedback/forms", "policies" })
	void anUnchangedRecordPutBackChangesNothing(String type) throws Exception {
		// organisations seated in Thái Nguyên: each has a locality to keep
		String query = type.equals("organisations") ? "&q=thai nguyen" : "";
		List<Integer> ids = Api.read(api.get("/api/v1/" + type + "?size=" + RECORDS_PER_TYPE + query), "$.items[*].id");
		assertThat(ids).isNotEmpty();
		for (Integer id : ids) {
			String path = "/api/v1/" + type + "/" + id;
			String before = body(path);
			String answer = api.put(path, before)
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			String after = body(path);
			assertThat(withoutVersion(after)).as(path).isEqualTo(withoutVersion(before));
			assertThat(withoutVersion(answer)).as(path).isEqualTo(withoutVersion(before));
		}
	}

	@Test
	void aDelegationPlanWithItemsAndStepsPutBackChangesNothing() throws Exception {
		// the demo data holds no plan (the sources quote none): one is made as an officer would
		long plan = Api.id(api.post("/api/v1/delegation-plans", """
				{"title": "Kế hoạch đoàn ra, đoàn vào năm 1938", "vnLocalityId": %d, "year": 1938, "kind": "ANNUAL",
				 "dueOn": "1937-11-30",
				 "items": [{"direction": "OUTBOUND", "plannedOn": "1938-09", "headTitle": "Chủ tịch UBND tỉnh",
				            "foreignLocalityId": %d, "purpose": "Kỷ niệm quan hệ hợp tác"},
				           {"direction": "INBOUND", "plannedOn": "1938", "foreignLocalityId": %d}]}"""
			.formatted(api.localityId("VN-19"), api.localityId("KR-37"), api.localityId("KR-37")))
			.andExpect(status().isCreated()));
		api.post("/api/v1/delegation-plans/{id}/steps", """
				{"step": "SUBMITTED_TO_PEOPLES_COMMITTEE", "date": "1937-11-20", "documentRef": "Tờ trình số 12/TTr-SNgV"}""",
				plan)
			.andExpect(status().isCreated());
		String path = "/api/v1/delegation-plans/" + plan;
		String before = body(path);
		assertThat(json.readTree(before).get("items")).hasSize(2);
		String answer = api.put(path, before).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(withoutVersion(body(path))).isEqualTo(withoutVersion(before));
		assertThat(withoutVersion(answer)).isEqualTo(withoutVersion(before));
	}

	@Test
	void aFieldTheRequestDoesNotKnowIsRefusedByName() throws Exception {
		int id = Api.read(api.get("/api/v1/organisations?size=1"), "$.items[0].id");
		ObjectNode body = (ObjectNode) json.readTree(body("/api/v1/organisations/" + id));
		body.put("localityCode", "VN-19");
		api.put("/api/v1/organisations/{id}", json.writeValueAsString(body), id)
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("localityCode"));
	}

	private String body(String path) throws Exception {
		return api.get(path).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	private JsonNode withoutVersion(String body) {
		ObjectNode node = (ObjectNode) json.readTree(body);
		node.remove("version");
		return node;
	}

}
