package vn.hoptac.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.UUID;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;

import com.jayway.jsonpath.JsonPath;

import vn.hoptac.Api;
import vn.hoptac.ApiTest;

/**
 * A province's report against the database: records created in the period move exactly the
 * figures they should (and records outside it none); the text, the submission and its freeze; who
 * may read, write and submit; the documents' layout and numbers.
 */
@ApiTest
class ReportApiTests {

	static final String H2_2021 = "/api/v1/reports/semiannual?province=VN-19&year=2021&half=2";

	static final String H1_2021 = "/api/v1/reports/semiannual?province=VN-19&year=2021&half=1";

	static final String YEAR_2021 = "/api/v1/reports/annual?province=VN-19&year=2021";

	@Autowired
	MockMvc mvc;

	Api admin;

	Api officer;

	long thaiNguyen;

	long gyeongbuk;

	@BeforeEach
	void setUp() throws Exception {
		admin = new Api(mvc).as("admin");
		officer = new Api(mvc).as("thainguyen");
		thaiNguyen = admin.localityId("VN-19");
		gyeongbuk = admin.localityId("KR-37");
	}

	/** The figure in the report's JSON: section, table, row key, column position. */
	static double figure(String json, String section, String table, String row, int column) {
		List<Number> values = JsonPath.read(json, "$.sections[?(@.key == '" + section + "')].tables[?(@.key == '" + table
				+ "')].rows[?(@.key == '" + row + "')].values[" + column + "]");
		assertThat(values).as(section + "/" + table + "/" + row).hasSize(1);
		return values.get(0) == null ? 0 : values.get(0).doubleValue();
	}

	static String body(ResultActions result) throws Exception {
		return result.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	/** The id of the record created; the problem's text when it was refused. */
	static long created(ResultActions result) throws Exception {
		var response = result.andReturn().getResponse();
		assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(201);
		return Api.id(result);
	}

	String tag() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

	long delegation(String direction, String start, int size) throws Exception {
		return created(admin.post("/api/v1/delegations", """
				{"title": "Đoàn báo cáo %s", "direction": "%s", "status": "HELD", "vnLocalityId": %d,
				 "foreignLocalityId": %d, "startOn": "%s", "size": %d, "visibility": "INTERNAL"}"""
			.formatted(tag(), direction, thaiNguyen, gyeongbuk, start, size)));
	}

	@Test
	void recordsOfThePeriodMoveExactlyTheirFiguresAndOthersNone() throws Exception {
		String before = body(officer.get(H2_2021));

		created(admin.post("/api/v1/partnerships", """
				{"title": "Báo cáo %s", "level": "PROVINCE", "vnLocalityId": %d, "foreignLocalityId": %d,
				 "duplicateIntended": true, "visibility": "INTERNAL",
				 "statuses": [{"status": "FORMAL", "date": "2021-08-01"}]}""".formatted(tag(), thaiNguyen, gyeongbuk)));
		created(admin.post("/api/v1/agreements", """
				{"title": "Biên bản ghi nhớ %s", "kind": "MOU", "legalBasis": "INTERNATIONAL_AGREEMENT",
				 "level": "PROVINCE", "signedOn": "2021-09-10", "expiresOn": "2021-12-01",
				 "parties": [{"side": "VN", "localityId": %d, "signatoryLevel": "PROVINCE"},
				             {"side": "FOREIGN", "localityId": %d}]}""".formatted(tag(), thaiNguyen, gyeongbuk)));
		delegation("OUTBOUND", "2021-10-05", 7);
		delegation("OUTBOUND", "2021-03-05", 50);
		created(admin.post("/api/v1/conferences", """
				{"title": "Hội thảo báo cáo %s", "kind": "WORKSHOP", "vnLocalityId": %d, "foreignLocalityId": %d,
				 "startOn": "2021-11-10", "endOn": "2021-11-11", "participants": 120, "foreignParticipants": 30,
				 "authority": "PROVINCE_CHAIRMAN", "visibility": "INTERNAL",
				 "steps": [{"stage": "HELD", "stepOn": "2021-11-10", "documentRef": "Công văn"}]}"""
			.formatted(tag(), thaiNguyen, gyeongbuk)));
		created(admin.post("/api/v1/exchanges", """
				{"title": "Trao đổi báo cáo %s", "kind": "STUDENTS", "status": "HELD", "vnLocalityId": %d,
				 "foreignLocalityId": %d, "startOn": "2021-09", "visibility": "INTERNAL",
				 "counts": [{"direction": "OUTBOUND", "year": 2021, "count": 15},
				            {"direction": "OUTBOUND", "year": 2020, "count": 99},
				            {"direction": "INBOUND", "count": 4}]}""".formatted(tag(), thaiNguyen, gyeongbuk)));
		created(admin.post("/api/v1/projects", """
				{"title": "Dự án báo cáo %s", "modality": "NON_ODA_AID", "activityStatus": "2", "vnLocalityId": %d,
				 "actualStart": "2021-01", "sectors": [{"code": "11330", "percentage": 100}],
				 "transactions": [{"type": 2, "transactionOn": "2021-08-01", "amount": 1000000, "currency": "VND"},
				                  {"type": 11, "transactionOn": "2021-08-01", "amount": 1000000, "currency": "VND"},
				                  {"type": 3, "transactionOn": "2021-10-01", "amount": 400000, "currency": "VND"},
				                  {"type": 3, "transactionOn": "2021-02-01", "amount": 777, "currency": "VND"}],
				 "visibility": "INTERNAL"}""".formatted(tag(), thaiNguyen)));

		// known only to the year: in the year's report, not in a half's; a bound ("on or before") in neither
		String yearBefore = body(officer.get(YEAR_2021));
		String firstHalfBefore = body(officer.get(H1_2021));
		agreementSigned("2021");
		agreementSigned("..2021");

		String after = body(officer.get(H2_2021));
		assertDelta(yearBefore, body(officer.get(YEAR_2021)), "partnerships", "partnerships", "agreementsNew", 0, 1);
		assertDelta(firstHalfBefore, body(officer.get(H1_2021)), "partnerships", "partnerships", "agreementsNew", 0, 0);
		assertDelta(before, after, "partnerships", "partnerships", "partnershipsNew", 0, 1);
		assertDelta(before, after, "partnerships", "partnerships", "agreementsNew", 0, 1);
		assertDelta(before, after, "partnerships", "partnerships", "agreementsExpiring", 0, 1);
		assertDelta(before, after, "delegations", "delegations", "enum.DelegationDirection.OUTBOUND", 2, 1);
		assertDelta(before, after, "delegations", "delegations", "enum.DelegationDirection.OUTBOUND", 3, 1);
		assertDelta(before, after, "delegations", "delegations", "enum.DelegationDirection.OUTBOUND", 4, 7);
		assertDelta(before, after, "delegations", "delegations", "enum.DelegationDirection.INBOUND", 2, 0);
		assertDelta(before, after, "conferences", "conferences", "conferencesHeld", 0, 1);
		assertDelta(before, after, "conferences", "conferences", "participants", 0, 120);
		assertDelta(before, after, "conferences", "conferences", "foreignParticipants", 0, 30);
		assertDelta(before, after, "exchanges", "exchanges", "enum.ExchangeDirection.OUTBOUND", 0, 1);
		assertDelta(before, after, "exchanges", "exchanges", "enum.ExchangeDirection.OUTBOUND", 1, 15);
		assertDelta(before, after, "exchanges", "exchanges", "enum.ExchangeDirection.INBOUND", 1, 4);
		assertDelta(before, after, "projects", "byModality", "enum.ProjectModality.NON_ODA_AID", 1, 1_000_000);
		assertDelta(before, after, "projects", "byModality", "enum.ProjectModality.NON_ODA_AID", 2, 400_000);
		assertDelta(before, after, "projects", "byModality", "total", 0, 1);
		assertDelta(before, after, "ngos", "ngos", "ngoAidCommittedVnd", 0, 1_000_000);
		assertDelta(before, after, "ngos", "ngos", "ngoAidProjects", 0, 1);
		assertThat(JsonPath.<Object>read(after, "$.sections[?(@.key == 'delegations')].title").toString())
			.contains("Đoàn ra, đoàn vào");
	}

	private void agreementSigned(String signedOn) throws Exception {
		created(admin.post("/api/v1/agreements", """
				{"title": "Thỏa thuận %s", "kind": "MOU", "legalBasis": "INTERNATIONAL_AGREEMENT",
				 "level": "PROVINCE", "signedOn": "%s",
				 "parties": [{"side": "VN", "localityId": %d, "signatoryLevel": "PROVINCE"},
				             {"side": "FOREIGN", "localityId": %d}]}""".formatted(tag(), signedOn, thaiNguyen, gyeongbuk)));
	}

	private static void assertDelta(String before, String after, String section, String table, String row, int column,
			double delta) {
		double was = before.contains("\"" + row + "\"") ? figure(before, section, table, row, column) : 0;
		assertThat(figure(after, section, table, row, column) - was).as(row + "[" + column + "]").isEqualTo(delta);
	}

	@Test
	void aSubmittedReportIsFrozenAsSentAndNewTextOpensTheNextVersion() throws Exception {
		String path = "/api/v1/reports/annual?province=VN-19&year=2019";
		String text = """
				{"province": "VN-19", "year": 2019, "summary": "Tổng quan %s", "problems": "Đề xuất %s", "version": %s}""";
		String draft = body(officer.put("/api/v1/reports/annual/text", text.formatted("a", "a", "null")));
		int number = JsonPath.read(draft, "$.report.number");
		assertThat(JsonPath.<String>read(draft, "$.report.status")).isEqualTo("DRAFT");
		int version = JsonPath.read(draft, "$.report.version");
		body(officer.put("/api/v1/reports/annual/text", text.formatted("b", "b", version)));
		officer.put("/api/v1/reports/annual/text", text.formatted("c", "c", version)).andExpect(status().isConflict());

		String submit = """
				{"province": "VN-19", "year": 2019}""";
		officer.post("/api/v1/reports/annual/submissions", submit).andExpect(status().isForbidden());
		new Api(mvc).as("langson").post("/api/v1/reports/annual/submissions", submit).andExpect(status().isForbidden());
		Api lead = new Api(mvc).as("thainguyen-lead");
		String sent = body(lead.post("/api/v1/reports/annual/submissions", submit));
		assertThat(JsonPath.<String>read(sent, "$.report.status")).isEqualTo("SUBMITTED");
		assertThat(JsonPath.<Integer>read(sent, "$.report.number")).isEqualTo(number);
		assertThat(JsonPath.<Boolean>read(sent, "$.frozen")).isTrue();
		assertThat(JsonPath.<String>read(sent, "$.problems")).isEqualTo("Đề xuất b");
		double held = figure(sent, "delegations", "delegations", "enum.DelegationDirection.INBOUND", 2);

		delegation("INBOUND", "2019-06-01", 3);
		String frozen = body(officer.get(path));
		assertThat(figure(frozen, "delegations", "delegations", "enum.DelegationDirection.INBOUND", 2)).isEqualTo(held);
		lead.post("/api/v1/reports/annual/submissions", submit)
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.errors[0].field").value("version"));

		String next = body(officer.put("/api/v1/reports/annual/text", text.formatted("d", "d", "null")));
		assertThat(JsonPath.<Integer>read(next, "$.report.number")).isEqualTo(number + 1);
		assertThat(JsonPath.<Boolean>read(next, "$.frozen")).isFalse();
		assertThat(figure(next, "delegations", "delegations", "enum.DelegationDirection.INBOUND", 2)).isEqualTo(held + 1);

		int id = JsonPath.read(sent, "$.report.id");
		admin.get("/api/v1/audit?entity=report&entityId={id}", id)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[?(@.action == 'ACTION')].user").value(org.hamcrest.Matchers.hasItem("thainguyen-lead")));
	}

	/**
	 * Two writes of the text at once, through the API and the page: never a 500; of two that read
	 * the same version one is saved and the other is a 409 (the page: a problem to read). A write
	 * that read the report before it was submitted is a 409 too, and one that read the submitted
	 * report opens the next version.
	 */
	@Test
	void concurrentWritesOfTheTextAreOneSuccessAndAConflict() throws Exception {
		String text = """
				{"province": "VN-19", "year": 2017, "summary": "Tổng quan %s", "version": %s}""";
		String path = "/api/v1/reports/annual?province=VN-19&year=2017";
		// no version yet: both may be saved when one follows the other, but a clash is a 409, never a 500
		assertThat(statuses(apiWrite(text.formatted("a", "null")), apiWrite(text.formatted("b", "null"))))
			.containsAnyOf(200).isSubsetOf(200, 409);
		int version = JsonPath.read(body(officer.get(path)), "$.report.version");
		assertThat(statuses(apiWrite(text.formatted("c", version)), apiWrite(text.formatted("d", version))))
			.containsExactly(200, 409);

		List<MvcResult> pages = concurrently(pageWrite("e", null), pageWrite("f", null));
		assertThat(pages).allSatisfy(r -> assertThat(r.getResponse().getStatus()).isEqualTo(302));
		assertThat(pages.stream().map(r -> r.getFlashMap().containsKey("notice")).toList()).contains(true);
		// the same version read by both: exactly one is saved, whichever order they reach the database in
		version = JsonPath.read(body(officer.get("/api/v1/reports/annual?province=VN-19&year=2016")), "$.report.version");
		pages = concurrently(pageWrite("g", version), pageWrite("h", version));
		assertThat(pages.stream().map(r -> r.getFlashMap().containsKey("problem")).toList())
			.containsExactlyInAnyOrder(true, false);

		int seen = JsonPath.read(body(officer.get(path)), "$.report.version");
		new Api(mvc).as("thainguyen-lead")
			.post("/api/v1/reports/annual/submissions", "{\"province\": \"VN-19\", \"year\": 2017}")
			.andExpect(status().isOk());
		officer.put("/api/v1/reports/annual/text", text.formatted("i", seen)).andExpect(status().isConflict());
		String sent = body(officer.get(path));
		int submitted = JsonPath.read(sent, "$.report.version");
		String next = body(officer.put("/api/v1/reports/annual/text", text.formatted("j", submitted)));
		assertThat(JsonPath.<Integer>read(next, "$.report.number"))
			.isEqualTo(JsonPath.<Integer>read(sent, "$.report.number") + 1);
	}

	@Autowired
	org.springframework.security.core.userdetails.UserDetailsService userDetails;

	private java.util.concurrent.Callable<MvcResult> apiWrite(String json) {
		return () -> officer.put("/api/v1/reports/annual/text", json).andReturn();
	}

	/** The officer saving the text from the report's page, as read at the version (null: none yet). */
	private java.util.concurrent.Callable<MvcResult> pageWrite(String summary, Integer version) {
		return () -> mvc.perform(post("/reports/text").param("province", "VN-19")
			.param("kind", "annual")
			.param("year", "2016")
			.param("summary", summary)
			.param("version", version == null ? "" : version.toString())
			.with(csrf())
			.with(new vn.hoptac.SignedInAs(userDetails).user("thainguyen"))).andReturn();
	}

	private List<Integer> statuses(java.util.concurrent.Callable<MvcResult> first,
			java.util.concurrent.Callable<MvcResult> second) throws Exception {
		return concurrently(first, second).stream().map(r -> r.getResponse().getStatus()).sorted().toList();
	}

	/** Two requests started together; their results in the order given. */
	private static List<MvcResult> concurrently(java.util.concurrent.Callable<MvcResult> first,
			java.util.concurrent.Callable<MvcResult> second) throws Exception {
		java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(2);
		java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
		try {
			List<java.util.concurrent.Future<MvcResult>> requests = new java.util.ArrayList<>();
			for (var request : List.of(first, second)) {
				requests.add(pool.submit(() -> {
					start.await();
					return request.call();
				}));
			}
			List<MvcResult> results = new java.util.ArrayList<>();
			for (var request : requests) {
				results.add(request.get());
			}
			return results;
		}
		finally {
			pool.shutdown();
		}
	}

	@Test
	void onlyThoseWhoReadTheProvinceSeeItsReportAndOnlyItsWritersWriteIt() throws Exception {
		String path = "/api/v1/reports/annual?province=" + thaiNguyen + "&year=2021";
		new Api(mvc).get(path).andExpect(status().isUnauthorized());
		new Api(mvc).as("langson").get(path).andExpect(status().isForbidden());
		new Api(mvc).as("partner").get(path).andExpect(status().isForbidden());
		new Api(mvc).as("mofa").get(path).andExpect(status().isOk());
		// the province's staff and a national reader read the same figures
		assertThat(JsonPath.<Object>read(body(new Api(mvc).as("mofa").get(path)), "$.sections").toString())
			.isEqualTo(JsonPath.<Object>read(body(officer.get(path)), "$.sections").toString());
		String text = """
				{"province": "VN-19", "year": 2021, "problems": "x"}""";
		new Api(mvc).as("mofa").put("/api/v1/reports/annual/text", text).andExpect(status().isForbidden());
		new Api(mvc).as("langson").put("/api/v1/reports/annual/text", text).andExpect(status().isForbidden());
		officer.get("/api/v1/reports/semiannual?province=VN-19&year=2021&half=3")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("half"));
		officer.get("/api/v1/reports/annual?province=KR-37&year=2021")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("province"));
		officer.get("/api/v1/reports/annual?province=VN-19&year=2021&format=odt")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("format"));
		officer.get("/api/v1/reports/weekly?province=VN-19&year=2021").andExpect(status().isNotFound());
	}

	@Test
	void theDocumentsCarryTheAdministrativeLayoutAndTheSameNumbers() throws Exception {
		String json = body(officer.get(H2_2021));
		byte[] docx = officer.get(H2_2021 + "&format=docx").andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsByteArray();
		try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
				XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
			String text = extractor.getText();
			assertThat(text).contains("UBND TỈNH THÁI NGUYÊN", "SỞ NGOẠI VỤ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
					"Độc lập - Tự do - Hạnh phúc", "Số:", "/BC-SNV", "BÁO CÁO",
					"6 tháng cuối năm 2021", "I. ", "II. ", "ĐOÀN RA, ĐOÀN VÀO", "KHÓ KHĂN, VƯỚNG MẮC");
			assertThat(text).doesNotContain("OUTBOUND", "enum.", "reports.");
			XWPFRun run = doc.getParagraphs().get(0).getRuns().get(0);
			assertThat(run.getFontFamily()).isEqualTo("Times New Roman");
		}
		byte[] xlsx = officer.get(H2_2021 + "&format=xlsx&lang=en").andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsByteArray();
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			int sections = JsonPath.<List<?>>read(json, "$.sections").size();
			assertThat(book.getNumberOfSheets()).isEqualTo(sections + 1);
			var sheet = book.getSheet("Delegations out and in");
			var outbound = java.util.stream.StreamSupport.stream(sheet.spliterator(), false)
				.filter(r -> r.getCell(0) != null && "Outbound".equals(r.getCell(0).getStringCellValue()))
				.findFirst()
				.orElseThrow();
			assertThat(outbound.getCell(3).getNumericCellValue())
				.isEqualTo(figure(json, "delegations", "delegations", "enum.DelegationDirection.OUTBOUND", 2));
		}
		byte[] korean = officer.get(H2_2021 + "&format=docx&lang=ko").andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsByteArray();
		try (XWPFWordExtractor extractor = new XWPFWordExtractor(new XWPFDocument(new ByteArrayInputStream(korean)))) {
			assertThat(extractor.getText()).contains("베트남 사회주의 공화국", "독립 - 자유 - 행복", "2021년 하반기");
		}
	}

	@Test
	void thePdfOpensAndReadsInVietnameseAndKorean() throws Exception {
		String json = body(officer.get(YEAR_2021));
		String outbound = new java.text.DecimalFormat("#,##0", java.text.DecimalFormatSymbols.getInstance(
				java.util.Locale.forLanguageTag("vi")))
			.format(figure(json, "delegations", "delegations", "enum.DelegationDirection.OUTBOUND", 0));
		var vietnamese = pdf(officer.get(YEAR_2021 + "&format=pdf&lang=vi"));
		assertThat(vietnamese.pages()).isBetween(2, 6);
		assertThat(vietnamese.text()).contains("UBND TỈNH THÁI NGUYÊN", "SỞ NGOẠI VỤ",
				"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "BÁO CÁO",
				"Tình hình công tác đối ngoại địa phương năm 2021", "II. ĐOÀN RA, ĐOÀN VÀO", "Đoàn ra " + outbound,
				"KHÓ KHĂN, VƯỚNG MẮC", "GIÁM ĐỐC");
		assertThat(vietnamese.text()).doesNotContain("OUTBOUND", "enum.", "reports.", "?");
		var korean = pdf(officer.get(YEAR_2021 + "&format=pdf&lang=ko"));
		assertThat(korean.text()).contains("베트남 사회주의 공화국", "독립 - 자유 - 행복", "2021년")
			.doesNotContain("?");
	}

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	@Test
	void theIpttOfAFrameworkIsReadAsTheFrameworkIsAndItsFiguresAreTheDatabases() throws Exception {
		String tag = tag();
		String monitoringBefore = body(officer.get("/api/v1/reports/annual?province=VN-19&year=2022"));
		ResultActions framework = admin.post("/api/v1/frameworks", """
				{"title": "Khung báo cáo %s", "localityId": %d,
				 "results": [{"level": "OUTCOME", "title": "Giảm nghèo bền vững %s"}]}""".formatted(tag, thaiNguyen, tag));
		long frameworkId = created(framework);
		Number resultId = Api.read(framework, "$.results[0].id");
		long indicator = created(admin.post("/api/v1/indicators", """
				{"frameworkId": %d, "resultId": %d, "title": "Tỷ lệ hộ nghèo %s", "measure": "PERCENTAGE",
				 "ascending": false, "unit": "%%", "baselineYear": 2015, "baseline": {"number": 12},
				 "periods": [{"start": "2021", "end": "2021", "target": {"number": 8}},
				             {"start": "2022", "end": "2022", "target": {"number": 5}}],
				 "source": "000_4cf7d0040496a9b3.txt §3.2.2"}""".formatted(frameworkId, resultId, tag)));
		Number period2022 = Api.read(admin.get("/api/v1/indicators/{id}", indicator), "$.periods[1].id");
		long update = created(admin.post("/api/v1/indicators/{id}/updates", """
				{"periodId": %d, "actual": {"number": 3.8}, "narrative": "Báo cáo năm",
				 "evidence": [{"url": "https://thainguyen.gov.vn/bao-cao", "title": "Báo cáo"}]}""".formatted(period2022),
				indicator));
		admin.post("/api/v1/indicator-updates/{id}/submit", "{\"version\": 0}", update).andExpect(status().isOk());
		admin.post("/api/v1/indicator-updates/{id}/approve", "{\"version\": 1}", update).andExpect(status().isOk());
		// a qualitative indicator: its values are words, shown as they are (not "–")
		long qualitative = created(admin.post("/api/v1/indicators", """
				{"frameworkId": %d, "resultId": %d, "title": "Mức độ hợp tác %s", "measure": "QUALITATIVE",
				 "baselineYear": 2015, "baseline": {"text": "Mới ký thỏa thuận"},
				 "periods": [{"start": "2022", "end": "2022", "target": {"text": "Hợp tác thực chất"}}],
				 "source": "000_4cf7d0040496a9b3.txt §3.2.2"}""".formatted(frameworkId, resultId, tag)));
		Number qualitativePeriod = Api.read(admin.get("/api/v1/indicators/{id}", qualitative), "$.periods[0].id");
		long described = created(admin.post("/api/v1/indicators/{id}/updates", """
				{"periodId": %d, "actual": {"text": "Đã có dự án chung"}, "narrative": "Báo cáo năm",
				 "evidence": [{"url": "https://thainguyen.gov.vn/bao-cao", "title": "Báo cáo"}]}""".formatted(qualitativePeriod),
				qualitative));
		admin.post("/api/v1/indicator-updates/{id}/submit", "{\"version\": 0}", described).andExpect(status().isOk());
		admin.post("/api/v1/indicator-updates/{id}/approve", "{\"version\": 1}", described).andExpect(status().isOk());

		String path = "/api/v1/reports/iptt/" + frameworkId;
		String json = body(officer.get(path));
		String words = "$.sections[0].tables[?(@.title == 'Mức độ hợp tác " + tag + "')]";
		assertThat(JsonPath.<List<String>>read(json, words + ".rows[0].texts[1]")).containsExactly("Mới ký thỏa thuận");
		assertThat(JsonPath.<List<List<String>>>read(json, words + ".rows[1].texts"))
			.containsExactly(List.of("Hợp tác thực chất", "Đã có dự án chung"));
		// the province's 2022 report: the framework, its two indicators, both reported, the rate on target
		String year2022 = body(officer.get("/api/v1/reports/annual?province=VN-19&year=2022"));
		assertDelta(monitoringBefore, year2022, "monitoring", "monitoring", "frameworks", 0, 1);
		assertDelta(monitoringBefore, year2022, "monitoring", "monitoring", "indicators", 0, 2);
		assertDelta(monitoringBefore, year2022, "monitoring", "monitoring", "indicatorsReported", 0, 2);
		assertDelta(monitoringBefore, year2022, "monitoring", "monitoring", "indicatorsOnTarget", 0, 1);
		assertThat(JsonPath.<String>read(json, "$.kind")).isEqualTo("iptt");
		assertThat(JsonPath.<Integer>read(json, "$.subject.id")).isEqualTo((int) frameworkId);
		assertThat(JsonPath.<String>read(json, "$.sections[0].title")).isEqualTo("Kết quả: Giảm nghèo bền vững " + tag);
		assertThat(JsonPath.<String>read(json, "$.sections[0].tables[0].title")).isEqualTo("Tỷ lệ hộ nghèo " + tag + " (%)");
		assertThat(JsonPath.<String>read(json, "$.sections[0].tables[0].rows[0].label")).isEqualTo("Giá trị cơ sở (2015)");
		assertThat(JsonPath.<Number>read(json, "$.sections[0].tables[0].rows[0].values[1]").doubleValue()).isEqualTo(12);
		// each period's target and actual as stored; less is better: 5 % met with 3.8 % is 131.6 % of target
		List<List<Double>> stored = jdbc.sql(
				"select target_value, actual_value from indicator_period where indicator_id = ? order by position")
			.param(indicator)
			.query((rs, n) -> java.util.Arrays.asList(number(rs.getBigDecimal(1)), number(rs.getBigDecimal(2))))
			.list();
		List<List<Double>> reported = new java.util.ArrayList<>();
		for (int row = 1; row <= 2; row++) {
			List<Object> values = JsonPath.read(json, "$.sections[0].tables[0].rows[" + row + "].values");
			reported.add(java.util.Arrays.asList(number(values.get(0)), number(values.get(1))));
		}
		assertThat(reported).isEqualTo(stored).containsExactly(java.util.Arrays.asList(8.0, null), List.of(5.0, 3.8));
		assertThat(JsonPath.<String>read(json, "$.sections[0].tables[0].rows[2].label")).isEqualTo("2022");
		assertThat(JsonPath.<Number>read(json, "$.sections[0].tables[0].rows[2].values[2]").doubleValue()).isEqualTo(131.6);
		assertThat(JsonPath.<Object>read(json, "$.sections[0].tables[0].rows[1].values[2]")).isNull();

		// read as the framework is, in every format
		new Api(mvc).as("danang").get(path).andExpect(status().isForbidden());
		new Api(mvc).as("danang").get(path + "?format=pdf").andExpect(status().isForbidden());
		new Api(mvc).get(path).andExpect(status().isUnauthorized());
		officer.get("/api/v1/reports/iptt/999999999").andExpect(status().isNotFound());
		new Api(mvc).as("mofa").get(path).andExpect(status().isOk());

		var english = pdf(officer.get(path + "?format=pdf&lang=en"));
		assertThat(english.text()).contains("DEPARTMENT OF FOREIGN AFFAIRS",
				"Indicator performance tracking table: Khung báo cáo " + tag,
				"I. OUTCOME: GIẢM NGHÈO BỀN VỮNG " + tag.toUpperCase(java.util.Locale.ROOT),
				"Baseline (2015) – 12", "2022 5 3.8 131.6 5 3.8", "% of target")
			.doesNotContain("PROPOSALS", "reports.", "?");
		byte[] xlsx = officer.get(path + "?format=xlsx").andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsByteArray();
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			assertThat(book.getNumberOfSheets()).isEqualTo(1);
			var row2022 = java.util.stream.StreamSupport.stream(book.getSheetAt(0).spliterator(), false)
				.filter(r -> r.getCell(0) != null && "2022".equals(r.getCell(0).getStringCellValue()))
				.findFirst()
				.orElseThrow();
			assertThat(row2022.getCell(3).getNumericCellValue()).isEqualTo(131.6);
		}
		byte[] docx = officer.get(path + "?format=docx").andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsByteArray();
		try (XWPFWordExtractor extractor = new XWPFWordExtractor(new XWPFDocument(new ByteArrayInputStream(docx)))) {
			assertThat(extractor.getText()).contains("Bảng theo dõi chỉ số thực hiện: Khung báo cáo " + tag, "131,6",
					"1. Tỷ lệ hộ nghèo " + tag + " (%)");
		}
	}

	private static Double number(Object value) {
		return value == null ? null : ((Number) value).doubleValue();
	}

	record Pdf(int pages, String text) {
	}

	/** The PDF's page count and its text as a reader's tool extracts it (lines joined by spaces). */
	static Pdf pdf(ResultActions result) throws Exception {
		var response = result.andExpect(status().isOk()).andReturn().getResponse();
		assertThat(response.getContentType()).isEqualTo("application/pdf");
		try (var doc = org.apache.pdfbox.Loader.loadPDF(response.getContentAsByteArray())) {
			String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
			return new Pdf(doc.getNumberOfPages(), text);
		}
	}

	/**
	 * The Thái Nguyên 2023 annual report from the demo data, in the three languages, kept under
	 * target/reports for the rendering check (LibreOffice and pdftoppm, docs/reports).
	 */
	@Test
	void thaiNguyen2023AnnualReportInEveryLanguage() throws Exception {
		java.nio.file.Path folder = java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "reports"));
		for (String lang : List.of("vi", "en", "ko")) {
			for (String format : List.of("docx", "xlsx", "pdf")) {
				byte[] file = officer.get("/api/v1/reports/annual?province=VN-19&year=2023&format={f}&lang={l}", format, lang)
					.andExpect(status().isOk())
					.andReturn()
					.getResponse()
					.getContentAsByteArray();
				assertThat(file).hasSizeGreaterThan(1000);
				java.nio.file.Files.write(folder.resolve("thai-nguyen-2023-" + lang + "." + format), file);
			}
		}
		// the signature block follows text it signs: the last page has the last section, not the signature alone
		try (var doc = org.apache.pdfbox.Loader.loadPDF(folder.resolve("thai-nguyen-2023-vi.pdf").toFile())) {
			var stripper = new org.apache.pdfbox.text.PDFTextStripper();
			stripper.setStartPage(doc.getNumberOfPages());
			assertThat(stripper.getText(doc)).contains("GIÁM ĐỐC", "KHÓ KHĂN, VƯỚNG MẮC");
		}
		// the IPTT of the demo's Thái Nguyên–Gyeongsangbuk framework, for the same check
		Number framework = Api.read(officer.get("/api/v1/frameworks?q={q}", "Kết quả hợp tác Thái Nguyên"), "$.items[0].id");
		for (String lang : List.of("vi", "ko")) {
			java.nio.file.Files.write(folder.resolve("iptt-thai-nguyen-gyeongbuk-" + lang + ".pdf"),
					officer.get("/api/v1/reports/iptt/{id}?format=pdf&lang={l}", framework, lang)
						.andExpect(status().isOk())
						.andReturn()
						.getResponse()
						.getContentAsByteArray());
		}
	}

}
