package vn.hoptac.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import vn.hoptac.Api;
import vn.hoptac.ApiTest;

/** GET /api/v1/analytics/network and the network page: lines drawn from the records, per year, under the reader's access. */
@ApiTest
class NetworkApiTests {

	@Autowired
	MockMvc mvc;

	@Test
	void linesGrowYearByYearAndShowOnlyWhatTheReaderMaySee() throws Exception {
		Api officer = new Api(mvc).as("thainguyen");
		long thaiNguyen = officer.localityId("VN-19");
		String name = "Đại học Mạng lưới " + UUID.randomUUID();
		long university = Api.id(officer.post("/api/v1/organisations", """
				{"type": "UNIVERSITY", "names": {"vi": "%s"}, "country": "JP", "visibility": "PUBLIC"}"""
			.formatted(name)).andExpect(status().isCreated()));
		visit(officer, thaiNguyen, university, "1931-05", "PUBLIC");
		visit(officer, thaiNguyen, university, "1933", "INTERNAL");
		String line = "$.edges[?(@.source == 'locality:%d' && @.target == 'organisation:%d')]".formatted(thaiNguyen,
				university);

		List<Map<String, Object>> today = Api.read(officer.get("/api/v1/analytics/network?province=VN-19"), line);
		assertThat(today).singleElement().satisfies(edge -> {
			assertThat(edge.get("weight")).isEqualTo(2);
			assertThat(edge.get("firstYear")).isEqualTo(1931);
			assertThat(edge.get("kinds")).isEqualTo(Map.of("DELEGATION", 2));
			assertThat(edge.get("flows")).isEqualTo(List.of("KNOWLEDGE"));
		});
		List<Map<String, Object>> node = Api.read(officer.get("/api/v1/analytics/network?province=" + thaiNguyen),
				"$.nodes[?(@.id == 'organisation:%d')]".formatted(university));
		assertThat(node).singleElement().satisfies(n -> {
			assertThat(n.get("label")).isEqualTo(name);
			assertThat(n.get("pillar")).isEqualTo("ACADEMIA");
			assertThat(metrics(n)).containsEntry("degree", 1)
				.containsKeys("betweenness", "pageRank", "community", "strength");
		});
		// replayed: in 1932 only the first visit had happened; in 1930 none
		List<Map<String, Object>> in1932 = Api.read(officer.get("/api/v1/analytics/network?province=VN-19&year=1932"),
				line);
		assertThat(in1932).singleElement().satisfies(edge -> assertThat(edge.get("weight")).isEqualTo(1));
		assertThat(Api.<List<?>>read(officer.get("/api/v1/analytics/network?province=VN-19&year=1930"), line)).isEmpty();
		// the nation's network takes seconds to measure: signed-in readers only
		officer.anonymous().get("/api/v1/analytics/network").andExpect(status().isUnauthorized());
		// an anonymous reader sees the public visit only
		List<Map<String, Object>> shared = Api.read(officer.anonymous().get("/api/v1/analytics/network?province=VN-19"),
				line);
		assertThat(shared).singleElement().satisfies(edge -> assertThat(edge.get("weight")).isEqualTo(1));

		officer.get("/api/v1/analytics/network?province=XX-404").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("province"));

		String page = officer.anonymous().get("/analytics/network?province=VN-19&lang=en")
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Network of cooperation actors", "Actors with the most partners", name, "Academia")
			.doesNotContain("ACADEMIA", "enum.");
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> metrics(Map<String, Object> node) {
		return (Map<String, Object>) node.get("metrics");
	}

	private static void visit(Api as, long vnLocality, long organisation, String start, String visibility)
			throws Exception {
		as.post("/api/v1/delegations", """
				{"title": "Đoàn mạng lưới %s", "direction": "INBOUND", "status": "HELD", "vnLocalityId": %d,
				 "foreignOrganisationId": %d, "startOn": "%s", "visibility": "%s"}"""
			.formatted(UUID.randomUUID(), vnLocality, organisation, start, visibility))
			.andExpect(status().isCreated());
	}

}
