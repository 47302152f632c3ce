package vn.hoptac.exchanges;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.hoptac.Api;
import vn.hoptac.ApiTest;

@ApiTest
class ExchangeApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	Api api;

	long thaiNguyen;

	long gyeongbuk;

	String tag;

	@BeforeEach
	void setUp() throws Exception {
		api = new Api(mvc).as("admin");
		thaiNguyen = api.localityId("VN-19");
		gyeongbuk = api.localityId("KR-37");
		tag = "xchg" + UUID.randomUUID().toString().substring(0, 8);
	}

	private String exchange(String title, String kind, long vnLocality, String foreign, String start, String end,
			String counts) {
		return """
				{"title": "%s %s", "kind": "%s", "status": "HELD", "vnLocalityId": %d, %s,
				 "startOn": %s, "endOn": %s, "counts": [%s], "visibility": "INTERNAL",
				 "source": "000_4cf7d0040496a9b3.txt §3.2.4"}"""
			.formatted(title, tag, kind, vnLocality, foreign, quoted(start), quoted(end), counts);
	}

	private static String quoted(String text) {
		return text == null ? "null" : "\"" + text + "\"";
	}

	private String inKorea() {
		return "\"foreignLocalityId\": " + gyeongbuk;
	}

	private long create(String json) throws Exception {
		return Api.id(api.post("/api/v1/exchanges", json).andExpect(status().isCreated()));
	}

	@Test
	void keepsCountsByDirectionYearAndSexWithTheirQualifiers() throws Exception {
		long id = create(exchange("Sinh viên Thái Nguyên tại Hàn Quốc", "STUDENTS", thaiNguyen, inKorea(), "2015", "2023",
				"""
						{"direction": "OUTBOUND", "count": 120, "qualifier": "MORE_THAN"},
						{"direction": "INBOUND", "year": 2019, "sex": "FEMALE", "count": 3}"""));

		api.get("/api/v1/exchanges/{id}", id)
			.andExpect(jsonPath("$.startOn").value("2015"))
			.andExpect(jsonPath("$.endOn").value("2023"))
			.andExpect(jsonPath("$.foreignCountry").value("KR"))
			.andExpect(jsonPath("$.vnParty.name").value("Thái Nguyên"))
			.andExpect(jsonPath("$.counts[0].year").doesNotExist())
			.andExpect(jsonPath("$.counts[0].sex").value("ALL"))
			.andExpect(jsonPath("$.counts[0].qualifier").value("MORE_THAN"))
			.andExpect(jsonPath("$.counts[0].unit").value("PERSONS"))
			.andExpect(jsonPath("$.counts[1].year").value(2019))
			.andExpect(jsonPath("$.counts[1].qualifier").value("EXACT"))
			.andExpect(jsonPath("$.sourceCitations[0].locator").value("§3.2.4"));
		api.get("/api/v1/exchanges?q={q}", tag).andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.items[0].vnParty.name").value("Thái Nguyên"))
			.andExpect(jsonPath("$.totalExact").value(true));
	}

	@Test
	void statsSumPersonsWhoTookPartByDirectionSexYearKindAndCountry() throws Exception {
		create(exchange("Trao đổi", "STUDENTS", thaiNguyen, inKorea(), "2015", "2023", """
				{"direction": "OUTBOUND", "count": 120, "qualifier": "MORE_THAN"},
				{"direction": "OUTBOUND", "measure": "COMPLETED", "count": 100},
				{"direction": "OUTBOUND", "unit": "PERSON_VISITS", "count": 50},
				{"direction": "INBOUND", "year": 2019, "sex": "FEMALE", "count": 3},
				{"direction": "INBOUND", "year": 2019, "sex": "MALE", "count": 2},
				{"direction": "INBOUND", "year": 2020, "count": 4}"""));
		create(exchange("Sinh viên Lào", "LECTURERS", thaiNguyen, "\"foreignCountry\": \"la\"", "2018", null, """
				{"direction": "INBOUND", "count": 10}"""));

		assertThat(stats("direction")).containsEntry("OUTBOUND", List.of(120, true))
			.containsEntry("INBOUND", List.of(19, false))
			.hasSize(2);
		assertThat(stats("sex")).containsEntry("ALL", List.of(134, true))
			.containsEntry("FEMALE", List.of(3, false))
			.containsEntry("MALE", List.of(2, false));
		// a total over 2015-2023 belongs to no single year; one of an exchange within 2018 counts in 2018
		assertThat(stats("year")).containsEntry("2019", List.of(5, false))
			.containsEntry("2020", List.of(4, false))
			.containsEntry("2018", List.of(10, false))
			.containsEntry("null", List.of(120, true));
		assertThat(stats("kind")).containsEntry("STUDENTS", List.of(129, true))
			.containsEntry("LECTURERS", List.of(10, false));
		assertThat(stats("country")).containsEntry("KR", List.of(129, true)).containsEntry("LA", List.of(10, false));

		api.in("en").get("/api/v1/exchanges/stats?groupBy=direction&q={q}", tag)
			.andExpect(jsonPath("$.groupBy").value("direction"))
			.andExpect(jsonPath("$.rows[*].label", hasItem("Abroad to Vietnam")));
		api.get("/api/v1/exchanges/stats?groupBy=partner&q={q}", tag).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("groupBy"));
	}

	/** Each group's persons and whether any summed figure is approximate, keyed by the group's key as text. */
	private Map<String, List<Object>> stats(String groupBy) throws Exception {
		List<Map<String, Object>> rows = Api.read(api.get("/api/v1/exchanges/stats?groupBy={g}&q={q}", groupBy, tag)
			.andExpect(status().isOk()), "$.rows");
		return rows.stream()
			.collect(java.util.stream.Collectors.toMap(r -> String.valueOf(r.get("key")),
					r -> List.of(r.get("persons"), r.get("approximate"))));
	}

	@Test
	void refusesBadInputNamingEachFieldInTheRequestsLanguageAndWritesNothing() throws Exception {
		long before = jdbc.sql("select count(*) from exchange").query(Long.class).single();
		String bad = exchange("Khóa đào tạo", "TRAINING_COURSE", thaiNguyen, inKorea(), "2020-05", "2019", """
				{"direction": "OUTBOUND", "count": -1},
				{"direction": "INBOUND", "count": 5},
				{"direction": "INBOUND", "year": 2019, "count": 2}""");

		api.post("/api/v1/exchanges", bad)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("endOn")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("counts[0].count")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("counts[2]")))
			.andExpect(jsonPath("$.errors[*].message", hasItem("Ngày kết thúc không được trước ngày bắt đầu.")));
		api.in("en").post("/api/v1/exchanges", bad)
			.andExpect(jsonPath("$.errors[*].message", hasItem("The number must not be negative.")));
		api.in("ko").post("/api/v1/exchanges", bad)
			.andExpect(jsonPath("$.errors[*].message", hasItem(containsString("2번째 줄"))));
		api.post("/api/v1/exchanges", """
				{"title": "Không có bên Việt Nam", "kind": "OTHER", "status": "PLANNED", "foreignLocalityId": %d}"""
			.formatted(gyeongbuk))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("vnLocalityId"));
		api.post("/api/v1/exchanges", exchange("Ngày sai", "OTHER", thaiNguyen, inKorea(), "2020-13", null, ""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("startOn"));
		// a period within one year is not "before" its own start, and a bound says nothing to contradict
		create(exchange("Cùng năm", "OTHER", thaiNguyen, inKorea(), "2019-03", "2019", ""));
		create(exchange("Đến năm", "OTHER", thaiNguyen, inKorea(), "2019", "..2014", ""));

		assertThat(jdbc.sql("select count(*) from exchange").query(Long.class).single()).isEqualTo(before + 2);
	}

	@Test
	void keepsExchangesWithinTheProvinceOfTheVietnameseParty() throws Exception {
		Api thainguyen = new Api(mvc).as("thainguyen");
		long danang = api.localityId("VN-48");
		long own = Api.id(thainguyen.post("/api/v1/exchanges",
				exchange("Của Thái Nguyên", "OTHER", thaiNguyen, inKorea(), null, null, """
						{"direction": "OUTBOUND", "count": 7}"""))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.ownerProvinceId").value(thaiNguyen)));
		thainguyen.post("/api/v1/exchanges", exchange("Của Đà Nẵng", "OTHER", danang, inKorea(), null, null, ""))
			.andExpect(status().isForbidden());

		Api daNang = new Api(mvc).as("danang");
		daNang.get("/api/v1/exchanges/{id}", own).andExpect(status().isForbidden());
		daNang.get("/api/v1/exchanges?q={q}", tag).andExpect(jsonPath("$.total").value(0));
		daNang.get("/api/v1/exchanges/stats?groupBy=direction&q={q}", tag).andExpect(jsonPath("$.rows.length()").value(0));
		new Api(mvc).anonymous().get("/api/v1/exchanges/{id}", own).andExpect(status().isUnauthorized());

		// an officer does not delete; the stale version is a conflict; the administrator deletes
		thainguyen.delete("/api/v1/exchanges/{id}?version=0", own).andExpect(status().isForbidden());
		thainguyen.put("/api/v1/exchanges/{id}", exchange("Đổi tên", "OTHER", thaiNguyen, inKorea(), null, null, "")
			.replace("\"visibility\"", "\"version\": 0, \"visibility\""), own).andExpect(status().isOk());
		thainguyen.put("/api/v1/exchanges/{id}", exchange("Đổi lần nữa", "OTHER", thaiNguyen, inKorea(), null, null, "")
			.replace("\"visibility\"", "\"version\": 0, \"visibility\""), own).andExpect(status().isConflict());
		api.delete("/api/v1/exchanges/{id}?version=1", own).andExpect(status().isNoContent());
		assertThat(jdbc.sql("select count(*) from audit_event where entity = 'exchange' and entity_id = ?")
			.param(own)
			.query(Long.class)
			.single()).isEqualTo(3);
	}

}
