package vn.hoptac.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.hoptac.reports.ReportApiTests.body;
import static vn.hoptac.reports.ReportApiTests.created;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.UUID;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import vn.hoptac.Api;
import vn.hoptac.ApiTest;

/**
 * A partnership's profile against the database: seed 000's Table 1 for Thái Nguyên–Gyeongsangbuk
 * comes out of the records in date order, and records linked to the partnership move its
 * timeline, its exchanges and its money; those who may not read the partnership get nothing.
 */
@ApiTest
class PartnershipProfileTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	Api admin;

	long partnership;

	@BeforeEach
	void setUp() throws Exception {
		admin = new Api(mvc).as("admin");
		List<Integer> ids = Api.read(admin.get("/api/v1/partnerships?q={q}&size=100", "huu nghi thai nguyen gyeongsangbuk"),
				"$.items[?(@.title == 'Quan hệ hợp tác hữu nghị tỉnh Thái Nguyên – tỉnh Gyeongsangbuk (Hàn Quốc)')].id");
		assertThat(ids).hasSize(1);
		partnership = ids.get(0);
	}

	static List<List<String>> timeline(String json) {
		return JsonPath.read(json, "$.sections[?(@.key == 'timeline')].tables[0].rows[*].texts");
	}

	@Test
	void tableOneOfSeed000ComesOutOfTheDataInDateOrder() throws Exception {
		String json = body(admin.get("/api/v1/reports/partnership/{id}", partnership));
		List<List<String>> lines = timeline(json);
		List<String> dates = lines.stream().map(l -> l.get(0)).toList();
		assertThat(dates).isSortedAccordingTo(String::compareTo);
		for (String[] row : new String[][] { { "2005", "Ký kết thỏa thuận hợp tác hữu nghị" },
				{ "2013", "Saemaul" }, { "2014", "Định Hóa" }, { "2018", "Sông Công" }, { "2019", "" },
				{ "2023", "Phổ Yên" }, { "2025", "" } }) {
			assertThat(lines).as(row[0]).anyMatch(l -> l.get(0).equals(row[0]) && l.get(1).contains(row[1]));
		}
		List<String> kinds = JsonPath.read(json, "$.sections[?(@.key == 'timeline')].tables[0].rows[*].key");
		assertThat(kinds).contains("timeline.agreement", "timeline.project", "timeline.event", "timeline.milestone");
	}

	@Test
	void recordsLinkedToThePartnershipMoveItsProfile() throws Exception {
		String before = body(admin.get("/api/v1/reports/partnership/{id}", partnership));
		String title = "Đoàn hồ sơ " + UUID.randomUUID();
		String project = "Dự án hồ sơ " + UUID.randomUUID();
		long thaiNguyen = admin.localityId("VN-19");
		long gyeongbuk = admin.localityId("KR-37");
		created(admin.post("/api/v1/delegations", """
				{"title": "%s", "direction": "INBOUND", "status": "HELD", "vnLocalityId": %d, "foreignLocalityId": %d,
				 "partnershipId": %d, "startOn": "2099-03", "size": 5, "visibility": "INTERNAL"}"""
			.formatted(title, thaiNguyen, gyeongbuk, partnership)));
		created(admin.post("/api/v1/exchanges", """
				{"title": "Trao đổi hồ sơ %s", "kind": "STUDENTS", "status": "HELD", "vnLocalityId": %d,
				 "foreignLocalityId": %d, "partnershipId": %d, "startOn": "2098", "visibility": "INTERNAL",
				 "counts": [{"direction": "OUTBOUND", "year": 2098, "count": 12}, {"direction": "INBOUND", "count": 3}]}"""
			.formatted(UUID.randomUUID(), thaiNguyen, gyeongbuk, partnership)));
		created(admin.post("/api/v1/projects", """
				{"title": "%s", "modality": "PARTNER_LOCALITY_GRANT", "activityStatus": "2",
				 "vnLocalityId": %d, "partnershipId": %d, "actualStart": "2021-05",
				 "transactions": [{"type": 2, "transactionOn": "2021-06-01", "amount": 3000000, "currency": "VND"},
				                  {"type": 3, "transactionOn": "2021-07-01", "amount": 1000000, "currency": "VND"}],
				 "visibility": "INTERNAL"}""".formatted(project, thaiNguyen, partnership)));

		String after = body(admin.get("/api/v1/reports/partnership/{id}", partnership));
		List<List<String>> lines = timeline(after);
		assertThat(lines).hasSize(timeline(before).size() + 3);
		assertThat(lines.get(lines.size() - 1)).containsExactly("2099-03", title);
		assertThat(lines.get(lines.size() - 2).get(0)).isEqualTo("2098");
		assertThat(lines).contains(List.of("2021-05", project));
		List<List<Number>> exchanged = JsonPath.read(after,
				"$.sections[?(@.key == 'profileExchanges')].tables[0].rows[?(@.texts[0] == '2098')].values");
		assertThat(exchanged.get(0)).extracting(Number::intValue).containsExactly(12, 3);
		assertThat(money(after, 1) - money(before, 1)).isEqualTo(3_000_000);
		assertThat(money(after, 2) - money(before, 2)).isEqualTo(1_000_000);
	}

	@Test
	void everyExchangeOfTheProfileCountsThePersonsTheDatabaseHolds() throws Exception {
		long thaiNguyen = admin.localityId("VN-19");
		long gyeongbuk = admin.localityId("KR-37");
		// split by sex one way and given as a whole the other, over two years, with completions that do not count
		created(admin.post("/api/v1/exchanges", """
				{"title": "Trao đổi đếm %s", "kind": "STUDENTS", "status": "HELD", "vnLocalityId": %d,
				 "foreignLocalityId": %d, "partnershipId": %d, "startOn": "2097", "visibility": "INTERNAL",
				 "counts": [{"direction": "OUTBOUND", "year": 2097, "sex": "FEMALE", "count": 4},
				            {"direction": "OUTBOUND", "year": 2098, "sex": "MALE", "count": 5},
				            {"direction": "OUTBOUND", "year": 2098, "measure": "COMPLETED", "count": 9},
				            {"direction": "INBOUND", "year": 2097, "sex": "ALL", "count": 7},
				            {"direction": "INBOUND", "year": 2098, "sex": "FEMALE", "count": 2}]}"""
			.formatted(UUID.randomUUID(), thaiNguyen, gyeongbuk, partnership)));
		String json = body(admin.get("/api/v1/reports/partnership/{id}", partnership));
		List<List<String>> texts = JsonPath.read(json, "$.sections[?(@.key == 'profileExchanges')].tables[0].rows[*].texts");
		List<List<Number>> values = JsonPath.read(json, "$.sections[?(@.key == 'profileExchanges')].tables[0].rows[*].values");
		java.util.Map<String, List<Long>> profiled = new java.util.HashMap<>();
		for (int i = 0; i < texts.size(); i++) {
			profiled.put(texts.get(i).get(1), values.get(i).stream().map(Number::longValue).toList());
		}
		java.util.Map<String, List<Long>> stored = new java.util.HashMap<>();
		jdbc.sql("select id, title from exchange where partnership_id = ?").param(partnership)
			.query((rs, n) -> stored.put(rs.getString(2), List.of(persons(rs.getLong(1), "OUTBOUND"),
					persons(rs.getLong(1), "INBOUND"))))
			.list();
		assertThat(profiled).isEqualTo(stored).containsValue(List.of(9L, 7L));
	}

	/** Participants of every year: the counts for all where the source gives one, else by sex. */
	private long persons(long exchange, String direction) {
		List<Object[]> counts = jdbc.sql("""
				select sex, count from exchange_count where exchange_id = ? and direction = ? and measure <> 'COMPLETED'""")
			.params(exchange, direction)
			.query((rs, n) -> new Object[] { rs.getString(1), rs.getLong(2) })
			.list();
		boolean whole = counts.stream().anyMatch(c -> "ALL".equals(c[0]));
		return counts.stream().filter(c -> !whole || "ALL".equals(c[0])).mapToLong(c -> (Long) c[1]).sum();
	}

	private static double money(String json, int column) {
		List<Number> values = JsonPath.read(json,
				"$.sections[?(@.key == 'profileMoney')].tables[0].rows[?(@.key == 'total')].values[" + column + "]");
		return values.get(0).doubleValue();
	}

	@Test
	void onlyThoseWhoReadThePartnershipGetItsProfileInEveryFormat() throws Exception {
		// a public partnership's page is open to all, its profile (money of internal projects too) is not
		new Api(mvc).get("/api/v1/reports/partnership/{id}", partnership).andExpect(status().isUnauthorized());
		new Api(mvc).as("thainguyen").get("/api/v1/reports/partnership/{id}", partnership).andExpect(status().isOk());
		admin.get("/api/v1/reports/partnership/{id}", 999_999_999L).andExpect(status().isNotFound());
		for (String lang : List.of("vi", "en", "ko")) {
			byte[] docx = admin.get("/api/v1/reports/partnership/{id}?format=docx&lang={l}", partnership, lang)
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
			try (XWPFWordExtractor text = new XWPFWordExtractor(new XWPFDocument(new ByteArrayInputStream(docx)))) {
				assertThat(text.getText()).contains("Gyeongsangbuk", "2005", "2019").doesNotContain("reports.", "enum.");
			}
			admin.get("/api/v1/reports/partnership/{id}?format=xlsx&lang={l}", partnership, lang).andExpect(status().isOk());
		}
	}

}
