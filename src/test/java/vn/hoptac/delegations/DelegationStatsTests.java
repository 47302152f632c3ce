package vn.hoptac.delegations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import vn.hoptac.Api;
import vn.hoptac.ApiTest;

/** GET /api/v1/delegations/stats: counted delegations per group under the reader's access, reported totals apart. */
@ApiTest
class DelegationStatsTests {

	@Autowired
	MockMvc mvc;

	Api admin;

	long thaiNguyen;

	long gyeongbuk;

	long daNang;

	@BeforeEach
	void setUp() throws Exception {
		admin = new Api(mvc).as("admin");
		thaiNguyen = admin.localityId("VN-19");
		gyeongbuk = admin.localityId("KR-37");
		daNang = admin.localityId("VN-48");
	}

	private void create(Api as, long vnLocality, String direction, String start, Integer size, String visibility)
			throws Exception {
		as.post("/api/v1/delegations", """
				{"title": "Đoàn thống kê %s", "direction": "%s", "status": "HELD", "vnLocalityId": %d,
				 "foreignLocalityId": %d, "startOn": %s, "size": %s, "visibility": "%s"}"""
			.formatted(UUID.randomUUID(), direction, vnLocality, gyeongbuk, start == null ? "null" : "\"" + start + "\"",
					size, visibility))
			.andExpect(status().isCreated());
	}

	private static Map<String, Object> row(List<Map<String, Object>> rows, String key) {
		return rows.stream().filter(r -> key.equals(r.get("key"))).findFirst().orElse(Map.of());
	}

	@Test
	void groupsByPartnerCountryDirectionAndYearUnderTheListsFilters() throws Exception {
		Api officer = new Api(mvc).as("thainguyen");
		create(officer, thaiNguyen, "INBOUND", "1931-03", 10, "INTERNAL");
		create(officer, thaiNguyen, "INBOUND", "1931", null, "INTERNAL");
		create(officer, thaiNguyen, "OUTBOUND", "..1931", 4, "INTERNAL");
		String filters = "&locality=" + thaiNguyen + "&yearFrom=1930&yearTo=1931";

		List<Map<String, Object>> byPartner = Api.read(
				officer.get("/api/v1/delegations/stats?groupBy=partner" + filters).andExpect(jsonPath("$.groupBy").value("PARTNER")),
				"$.rows");
		assertThat(byPartner).singleElement().satisfies(r -> {
			assertThat(r.get("key")).isEqualTo("locality:" + gyeongbuk);
			assertThat(r.get("label")).isEqualTo("Gyeongsangbuk");
			assertThat(r.get("delegations")).isEqualTo(3);
			assertThat(r.get("persons")).isEqualTo(14);
			assertThat(r.get("personsKnown")).isEqualTo(2);
		});
		List<Map<String, Object>> byCountry = Api.read(officer.in("en").get("/api/v1/delegations/stats?groupBy=country" + filters), "$.rows");
		assertThat(row(byCountry, "KR")).containsEntry("delegations", 3).containsEntry("label", "South Korea");
		List<Map<String, Object>> byDirection = Api.read(officer.get("/api/v1/delegations/stats?groupBy=direction" + filters), "$.rows");
		assertThat(row(byDirection, "INBOUND")).containsEntry("delegations", 2).containsEntry("label", "Đoàn vào");
		assertThat(row(byDirection, "OUTBOUND")).containsEntry("delegations", 1).containsEntry("persons", 4);
		// a start known only as "before 1931" counts under no year
		List<Map<String, Object>> byYear = Api.read(officer.get("/api/v1/delegations/stats?groupBy=year" + filters), "$.rows");
		assertThat(row(byYear, "1931")).containsEntry("delegations", 2);
		assertThat(byYear).filteredOn(r -> r.get("key") == null).singleElement()
			.satisfies(r -> assertThat(r.get("delegations")).isEqualTo(1));
		List<Map<String, Object>> inbound = Api.read(
				officer.get("/api/v1/delegations/stats?groupBy=year&direction=INBOUND" + filters), "$.rows");
		assertThat(inbound).extracting(r -> r.get("key")).containsExactly("1931");
		officer.get("/api/v1/delegations/stats?groupBy=month").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("groupBy"));
	}

	@Test
	void aReaderCountsOnlyWhatTheyMayReadAndReportedTotalsStayApart() throws Exception {
		create(admin, daNang, "INBOUND", "1932", 7, "INTERNAL");
		create(admin, thaiNguyen, "INBOUND", "1932", 5, "INTERNAL");
		String filters = "&yearFrom=1932&yearTo=1932";

		Api danang = new Api(mvc).as("danang");
		Api thainguyen = new Api(mvc).as("thainguyen");
		List<Map<String, Object>> seenByDaNang = Api.read(danang.get("/api/v1/delegations/stats?groupBy=direction" + filters), "$.rows");
		assertThat(row(seenByDaNang, "INBOUND")).containsEntry("delegations", 1).containsEntry("persons", 7);
		List<Map<String, Object>> seenByThaiNguyen = Api.read(thainguyen.get("/api/v1/delegations/stats?groupBy=direction" + filters), "$.rows");
		assertThat(row(seenByThaiNguyen, "INBOUND")).containsEntry("delegations", 1).containsEntry("persons", 5);
		List<Map<String, Object>> seenByAdmin = Api.read(admin.get("/api/v1/delegations/stats?groupBy=direction" + filters), "$.rows");
		assertThat(row(seenByAdmin, "INBOUND")).containsEntry("delegations", 2).containsEntry("persons", 12);

		// Đà Nẵng's reported 1,152 delegations are shown beside the counted ones, never added to them
		String json = danang.get("/api/v1/delegations/stats?groupBy=year&locality=" + daNang)
			.andExpect(jsonPath("$.reported[?(@.delegations == 1152)].persons").value(11552))
			.andExpect(jsonPath("$.reported[?(@.delegations == 1152)].sourceCitations[0].locator").exists())
			.andReturn().getResponse().getContentAsString();
		List<Map<String, Object>> rows = com.jayway.jsonpath.JsonPath.read(json, "$.rows");
		assertThat(rows.stream().mapToInt(r -> (Integer) r.get("delegations")).sum()).isLessThan(1152);
	}

	@Test
	void showsTheLargestGroupsAndSumsTheOthers() throws Exception {
		long busan = admin.localityId("KR-26");
		for (long partner : List.of(gyeongbuk, gyeongbuk, gyeongbuk, busan)) {
			admin.post("/api/v1/delegations", """
					{"title": "Đoàn nhóm lớn %s", "direction": "INBOUND", "status": "HELD", "vnLocalityId": %d,
					 "foreignLocalityId": %d, "startOn": "1933", "size": 3, "visibility": "INTERNAL"}"""
				.formatted(UUID.randomUUID(), thaiNguyen, partner))
				.andExpect(status().isCreated());
		}
		String filters = "&yearFrom=1933&yearTo=1933&locality=" + thaiNguyen;

		admin.get("/api/v1/delegations/stats?groupBy=partner&size=1" + filters)
			.andExpect(jsonPath("$.groups").value(2))
			.andExpect(jsonPath("$.rows.length()").value(1))
			.andExpect(jsonPath("$.rows[0].key").value("locality:" + gyeongbuk))
			.andExpect(jsonPath("$.rows[0].delegations").value(3))
			.andExpect(jsonPath("$.others.groups").value(1))
			.andExpect(jsonPath("$.others.delegations").value(1))
			.andExpect(jsonPath("$.others.persons").value(3));
		admin.get("/api/v1/delegations/stats?groupBy=partner" + filters)
			.andExpect(jsonPath("$.groups").value(2))
			.andExpect(jsonPath("$.rows.length()").value(2))
			.andExpect(jsonPath("$.others").value(org.hamcrest.Matchers.nullValue()));
		admin.get("/api/v1/delegations/stats?groupBy=partner&size=0").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("size"));
	}

}
