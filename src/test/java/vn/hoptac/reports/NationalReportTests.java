package vn.hoptac.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.jayway.jsonpath.JsonPath;

import vn.hoptac.Api;
import vn.hoptac.ApiTest;
import vn.hoptac.SignedInAs;

/**
 * MOFA's consolidated report against the database: records move their province's line and the
 * total, a merged province's records count for its successor, a submitted report's figures stand
 * beside the recorded ones, the provinces without a report are named; only national readers get it.
 */
@ApiTest
class NationalReportTests {

	static final String H2_2018 = "/api/v1/reports/national?year=2018&half=2";

	static final String THAI_NGUYEN_H2_2018 = "/api/v1/reports/semiannual?province=VN-19&year=2018&half=2";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	UserDetailsService userDetails;

	Api admin;

	Api mofa;

	long thaiNguyen;

	long gyeongbuk;

	@BeforeEach
	void setUp() throws Exception {
		admin = new Api(mvc).as("admin");
		mofa = new Api(mvc).as("mofa");
		thaiNguyen = admin.localityId("VN-19");
		gyeongbuk = admin.localityId("KR-37");
	}

	/** The recorded figure of a province's line in the summary table (or of the total line). */
	static double line(String json, String province, int column) {
		String row = province == null ? "@.key == 'total'" : "@.label == '" + province + "'";
		List<Number> values = JsonPath.read(json, "$.sections[?(@.key == 'national')].tables[?(@.key == 'provinces')].rows[?("
				+ row + ")].values[" + column + "]");
		assertThat(values).as(province + "[" + column + "]").hasSize(1);
		return values.get(0).doubleValue();
	}

	/** The recorded figure of a province's line (or of the total line) in the summary column of this key. */
	static double line(String json, String province, String key) {
		List<String> columns = JsonPath.read(json,
				"$.sections[?(@.key == 'national')].tables[?(@.key == 'provinces')].columns[*].key");
		assertThat(columns).as("columns").contains(key);
		return line(json, province, columns.indexOf(key));
	}

	/** A figure of the province's own table: recorded (column 0) or as its submitted report says (1). */
	static Number detail(String json, String province, String figure, int column) {
		List<Number> values = JsonPath.read(json, "$.sections[?(@.key == 'provinceDetails')].tables[?(@.title == '"
				+ province + "')].rows[?(@.key == '" + figure + "')].values[" + column + "]");
		assertThat(values).as(province + "/" + figure).hasSize(1);
		return values.get(0);
	}

	static List<String> notSubmitted(String json) {
		return JsonPath.read(json,
				"$.sections[?(@.key == 'notSubmitted')].tables[?(@.key == 'notSubmitted')].rows[*].label");
	}

	MockHttpServletRequestBuilder page(String username) {
		return get("/reports/national").param("year", "2018").param("half", "2").param("lang", "vi")
			.with(new SignedInAs(userDetails).user(username));
	}

	long delegation(String start) throws Exception {
		return created(admin.post("/api/v1/delegations", """
				{"title": "Đoàn tổng hợp %s", "direction": "OUTBOUND", "status": "HELD", "vnLocalityId": %d,
				 "foreignLocalityId": %d, "startOn": "%s", "size": 4, "visibility": "INTERNAL"}"""
			.formatted(UUID.randomUUID(), thaiNguyen, gyeongbuk, start)));
	}

	@Test
	void recordsMoveTheirProvinceAndTheTotalAndAMergedProvinceCountsForItsSuccessor() throws Exception {
		String before = body(mofa.get(H2_2018));
		String provinceBefore = body(admin.get(THAI_NGUYEN_H2_2018));
		delegation("2018-09-01");
		delegation("2018-03-01");
		// kept by Bắc Kạn before the 2025 merger: counts for today's Thái Nguyên
		long keptByBacKan = delegation("2018-10-01");
		jdbc.update("update delegation set owner_province_id = ? where id = ?", admin.localityId("VN-63-06"), keptByBacKan);
		created(admin.post("/api/v1/projects", """
				{"title": "Dự án tổng hợp %s", "modality": "ODA_GRANT", "activityStatus": "2", "vnLocalityId": %d,
				 "actualStart": "2018-01",
				 "transactions": [{"type": 2, "transactionOn": "2018-08-01", "amount": 5000000, "currency": "VND"},
				                  {"type": 3, "transactionOn": "2018-11-01", "amount": 2000000, "currency": "VND"},
				                  {"type": 3, "transactionOn": "2019-01-02", "amount": 999, "currency": "VND"}],
				 "visibility": "INTERNAL"}""".formatted(UUID.randomUUID(), thaiNguyen)));

		created(admin.post("/api/v1/partnerships", """
				{"title": "Tổng hợp %s", "level": "PROVINCE", "vnLocalityId": %d, "foreignLocalityId": %d,
				 "duplicateIntended": true, "visibility": "INTERNAL",
				 "statuses": [{"status": "FORMAL", "date": "2018-08-01"}]}""".formatted(UUID.randomUUID(), thaiNguyen, gyeongbuk)));
		created(admin.post("/api/v1/agreements", """
				{"title": "Thỏa thuận tổng hợp %s", "kind": "MOU", "legalBasis": "INTERNATIONAL_AGREEMENT",
				 "level": "PROVINCE", "signedOn": "2018-09-10",
				 "parties": [{"side": "VN", "localityId": %d, "signatoryLevel": "PROVINCE"},
				             {"side": "FOREIGN", "localityId": %d}]}""".formatted(UUID.randomUUID(), thaiNguyen, gyeongbuk)));
		created(admin.post("/api/v1/delegations", """
				{"title": "Đoàn vào tổng hợp %s", "direction": "INBOUND", "status": "HELD", "vnLocalityId": %d,
				 "foreignLocalityId": %d, "startOn": "2018-12-01", "size": 9, "visibility": "INTERNAL"}"""
			.formatted(UUID.randomUUID(), thaiNguyen, gyeongbuk)));
		created(admin.post("/api/v1/conferences", """
				{"title": "Hội thảo tổng hợp %s", "kind": "WORKSHOP", "vnLocalityId": %d, "foreignLocalityId": %d,
				 "startOn": "2018-11-10", "endOn": "2018-11-11", "participants": 50, "foreignParticipants": 5,
				 "authority": "PROVINCE_CHAIRMAN", "visibility": "INTERNAL",
				 "steps": [{"stage": "HELD", "stepOn": "2018-11-10", "documentRef": "Công văn"}]}"""
			.formatted(UUID.randomUUID(), thaiNguyen, gyeongbuk)));

		String after = body(mofa.get(H2_2018));
		// new partnerships, new agreements, delegations in, conferences: one each in Thái Nguyên and the total
		for (String column : List.of("partnershipsNew", "agreementsNew", "delegationsIn", "conferencesHeld")) {
			assertThat(line(after, "Thái Nguyên", column) - line(before, "Thái Nguyên", column)).as("column " + column)
				.isEqualTo(1);
			assertThat(line(after, null, column) - line(before, null, column)).as("total " + column).isEqualTo(1);
		}
		String out = "delegationsOut";
		assertThat(line(after, "Thái Nguyên", out) - line(before, "Thái Nguyên", out)).isEqualTo(2);
		assertThat(line(after, null, out) - line(before, null, out)).isEqualTo(2);
		assertThat(line(after, "Thái Nguyên", "projects") - line(before, "Thái Nguyên", "projects")).isEqualTo(1);
		assertThat(line(after, "Thái Nguyên", "committedVnd") - line(before, "Thái Nguyên", "committedVnd"))
			.isEqualTo(5_000_000);
		assertThat(line(after, "Thái Nguyên", "disbursedVnd") - line(before, "Thái Nguyên", "disbursedVnd"))
			.isEqualTo(2_000_000);
		assertThat(line(after, null, "disbursedVnd") - line(before, null, "disbursedVnd")).isEqualTo(2_000_000);
		// the pre-2025 province has no line of its own: 34 provinces and the total
		List<?> lines = JsonPath.read(after, "$.sections[?(@.key == 'national')].tables[0].rows[*]");
		assertThat(lines).hasSize(35);
		assertThat(detail(after, "Thái Nguyên", "delegationsOut", 0).doubleValue())
			.isEqualTo(line(after, "Thái Nguyên", out));
		// Thái Nguyên's own report rolls up the same way: Bắc Kạn's delegation counts there too
		String provinceAfter = body(admin.get(THAI_NGUYEN_H2_2018));
		String held = "enum.DelegationDirection.OUTBOUND";
		assertThat(ReportApiTests.figure(provinceAfter, "delegations", "delegations", held, 2)
				- ReportApiTests.figure(provinceBefore, "delegations", "delegations", held, 2)).isEqualTo(2);
		assertThat(ReportApiTests.figure(provinceAfter, "delegations", "delegations", held, 4)
				- ReportApiTests.figure(provinceBefore, "delegations", "delegations", held, 4)).isEqualTo(8);
	}

	@Test
	void aHalfYearSaysHowManyYearOnlyEstablishmentsItCouldNotPlace() throws Exception {
		int year = 2097;
		long keptByBacKan = created(admin.post("/api/v1/partnerships", yearOnlyPartnership(year)));
		jdbc.update("update partnership set owner_province_id = ? where id = ?", admin.localityId("VN-63-06"),
				keptByBacKan);
		created(admin.post("/api/v1/partnerships", yearOnlyPartnership(year)));
		String sql = "select count(*) from partnership where established_precision = 'YEAR' and established_on = ?";
		long nation = jdbc.queryForObject(sql + " and owner_province_id is not null", Long.class,
				java.time.LocalDate.of(year, 1, 1));
		long thaiNguyenAndBacKan = jdbc.queryForObject(sql + " and owner_province_id in (?, ?)", Long.class,
				java.time.LocalDate.of(year, 1, 1), thaiNguyen, admin.localityId("VN-63-06"));
		assertThat(thaiNguyenAndBacKan).isGreaterThanOrEqualTo(2);
		for (int half : new int[] { 1, 2 }) {
			String json = body(mofa.get("/api/v1/reports/national?year={y}&half={h}", year, half));
			assertThat(line(json, null, "partnershipsNewYearOnly")).as("half " + half).isEqualTo(nation);
			assertThat(line(json, "Thái Nguyên", "partnershipsNewYearOnly")).isEqualTo(thaiNguyenAndBacKan);
			assertThat(detail(json, "Thái Nguyên", "partnershipsNewYearOnly", 0).longValue())
				.isEqualTo(thaiNguyenAndBacKan);
			// counted in neither half's new partnerships
			assertThat(line(json, "Thái Nguyên", "partnershipsNew")).isZero();
		}
		String annual = body(mofa.get("/api/v1/reports/national?year={y}", year));
		assertThat(line(annual, "Thái Nguyên", "partnershipsNew")).isEqualTo(thaiNguyenAndBacKan);
		assertThat(annual).doesNotContain("partnershipsNewYearOnly");
		String half = "/api/v1/reports/national?year=" + year + "&half=1";
		for (String[] language : new String[][] { { "vi", "nguồn chỉ ghi năm" }, { "en", "the sources giving the year only" },
				{ "ko", "출처에 연도만 기재" } }) {
			byte[] docx = mofa.get(half + "&format=docx&lang=" + language[0]).andExpect(status().isOk()).andReturn()
				.getResponse().getContentAsByteArray();
			try (XWPFWordExtractor extractor = new XWPFWordExtractor(new XWPFDocument(new ByteArrayInputStream(docx)))) {
				assertThat(extractor.getText()).as(language[0]).contains(language[1]);
			}
		}
		mofa.get(half + "&format=xlsx&lang=en").andExpect(status().isOk());
		mofa.get(half + "&format=pdf&lang=ko").andExpect(status().isOk());
		String html = mvc.perform(get("/reports/national").param("year", String.valueOf(year)).param("half", "1")
			.param("lang", "en").with(new SignedInAs(userDetails).user("mofa")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("the sources giving the year only");
	}

	private String yearOnlyPartnership(int year) {
		return """
				{"title": "Chỉ rõ năm %s", "level": "PROVINCE", "vnLocalityId": %d, "foreignLocalityId": %d,
				 "duplicateIntended": true, "types": [{"type": "FRIENDSHIP", "date": "%d"}]}"""
			.formatted(UUID.randomUUID(), thaiNguyen, gyeongbuk, year);
	}

	@Test
	void aSubmittedReportStandsBesideTheRecordsAndTheProvincesWithoutOneAreNamed() throws Exception {
		// a year Thái Nguyên has not reported on yet (a kept test database holds earlier runs' submissions)
		int year = 2031;
		while (!notSubmitted(body(mofa.get("/api/v1/reports/national?year={y}", year))).contains("Thái Nguyên")) {
			year++;
		}
		String path = "/api/v1/reports/national?year=" + year;
		assertThat(notSubmitted(body(mofa.get(path)))).contains("Thái Nguyên", "Lạng Sơn");
		body(new Api(mvc).as("thainguyen-lead").post("/api/v1/reports/annual/submissions", """
				{"province": "VN-19", "year": %d}""".formatted(year)));
		String sent = body(mofa.get(path));
		assertThat(notSubmitted(sent)).contains("Lạng Sơn").doesNotContain("Thái Nguyên");
		assertThat(detail(sent, "Thái Nguyên", "delegationsOut", 1).doubleValue())
			.isEqualTo(detail(sent, "Thái Nguyên", "delegationsOut", 0).doubleValue());
		assertThat(detail(sent, "Lạng Sơn", "delegationsOut", 1)).isNull();

		delegation(year + "-05-05");
		String later = body(mofa.get(path));
		assertThat(detail(later, "Thái Nguyên", "delegationsOut", 0).doubleValue())
			.isEqualTo(detail(sent, "Thái Nguyên", "delegationsOut", 0).doubleValue() + 1);
		assertThat(detail(later, "Thái Nguyên", "delegationsOut", 1).doubleValue())
			.isEqualTo(detail(sent, "Thái Nguyên", "delegationsOut", 1).doubleValue());
	}

	@Test
	void onlyNationalAnalystsAndAdministratorsGetIt() throws Exception {
		new Api(mvc).get(H2_2018).andExpect(status().isUnauthorized());
		for (String provincial : List.of("thainguyen", "thainguyen-lead", "langson", "partner")) {
			new Api(mvc).as(provincial).get(H2_2018).andExpect(status().isForbidden());
			mvc.perform(page(provincial)).andExpect(status().isForbidden());
		}
		admin.get(H2_2018).andExpect(status().isOk());
		mofa.get(H2_2018 + "&half=3").andExpect(status().isBadRequest());
		byte[] docx = mofa.get(H2_2018 + "&format=docx").andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsByteArray();
		try (XWPFWordExtractor extractor = new XWPFWordExtractor(new XWPFDocument(new ByteArrayInputStream(docx)))) {
			assertThat(extractor.getText()).contains("BỘ NGOẠI GIAO", "CỤC NGOẠI VỤ", "Thái Nguyên", "Hà Nội, ngày",
					"6 tháng cuối năm 2018", "CHƯA GỬI BÁO CÁO")
				.doesNotContain("reports.", "enum.");
		}
		// eight columns of figures per province: the page lies on its side
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
			var size = document.getDocument().getBody().getSectPr().getPgSz();
			assertThat(((java.math.BigInteger) size.getW()).intValue()).isGreaterThan(((java.math.BigInteger) size.getH()).intValue());
		}
		// the 2025 national report of the demo data, kept under target/reports for the rendering check (docs/reports)
		java.nio.file.Path folder = java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "reports"));
		java.nio.file.Files.write(folder.resolve("national-2025-vi.docx"),
				mofa.get("/api/v1/reports/national?year=2025&format=docx&lang=vi").andExpect(status().isOk()).andReturn()
					.getResponse().getContentAsByteArray());
		mofa.get(H2_2018 + "&format=xlsx&lang=ko").andExpect(status().isOk());
		String html = mvc.perform(page("mofa")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(html).contains("Báo cáo tổng hợp toàn quốc", "Thái Nguyên", "/reports/national/file?year=2018&amp;half=2");
	}

}
