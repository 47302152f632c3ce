package vn.hoptac.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import vn.hoptac.Api;
import vn.hoptac.ApiTest;
import vn.hoptac.SignedInAs;

/** Every API list answers {@code format=csv|xlsx} with all its rows, its filters named, in the reader's language. */
@ApiTest
class ListExportTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	Api admin;

	@BeforeEach
	void setUp() {
		admin = new Api(mvc).as("admin");
	}

	@Test
	void agreementsAsCsvHoldEveryMatchingRowWithTheFiltersNamedAndLabelsInVietnamese() throws Exception {
		int total = Api.read(admin.get("/api/v1/agreements?country=KR&size=1"), "$.total");
		assertThat(total).as("demo agreements with Korea").isGreaterThan(1);

		MvcResult result = admin.get("/api/v1/agreements?country=KR&yearFrom=1990&format=csv")
			.andExpect(status().isOk())
			.andReturn();
		assertThat(result.getResponse().getContentType()).startsWith("text/csv");
		assertThat(result.getResponse().getHeader("Content-Disposition")).contains("agreements.csv");
		byte[] body = result.getResponse().getContentAsByteArray();
		assertThat(body).startsWith(0xEF, 0xBB, 0xBF);
		List<CSVRecord> lines = csv(body);

		assertThat(lines.get(0).get(0)).isEqualTo("Bộ lọc: Quốc gia: Hàn Quốc; Từ năm: 1990");
		assertThat(lines.get(1).toList()).startsWith("Tên văn bản", "Các bên ký kết").contains("Quốc gia đối tác");
		List<CSVRecord> rows = lines.subList(2, lines.size());
		int signedSince1990 = Api.read(admin.get("/api/v1/agreements?country=KR&yearFrom=1990&size=1"), "$.total");
		assertThat(rows).hasSize(signedSince1990);
		int kind = lines.get(1).toList().indexOf("Loại văn bản");
		assertThat(rows).allSatisfy(row -> {
			assertThat(row.get(2)).isEqualTo("Hàn Quốc");
			assertThat(row.get(kind)).isNotBlank().doesNotMatch("[A-Z_]+");
		});
		List<String> audited = Api.read(admin.get("/api/v1/audit?action=EXPORTED&user=admin&size=200"), "$.items[*].summary");
		assertThat(audited).contains("agreements.csv · Bộ lọc: Quốc gia: Hàn Quốc; Từ năm: 1990");
	}

	@Test
	void agreementsAsXlsxHaveDateCellsAtTheirPrecisionAndEnglishLabels() throws Exception {
		String title = "Export test " + UUID.randomUUID();
		long thaiNguyen = admin.localityId("VN-19");
		long gyeongbuk = admin.localityId("KR-37");
		admin.post("/api/v1/agreements", """
				{"title": "%s", "kind": "MOU", "legalBasis": "INTERNATIONAL_AGREEMENT", "level": "PROVINCE",
				 "signedOn": "2019-05", "fields": ["EDUCATION"],
				 "parties": [{"side": "VN", "localityId": %d, "signatoryLevel": "PROVINCE"},
				             {"side": "FOREIGN", "localityId": %d}]}""".formatted(title, thaiNguyen, gyeongbuk))
			.andExpect(status().isCreated());

		byte[] body = admin.in("en")
			.get("/api/v1/agreements?q={q}&format=xlsx", title)
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();

		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(body))) {
			Sheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).startsWith("Filters: Search: Export test");
			List<String> headers = texts(sheet.getRow(1));
			assertThat(headers).contains("Title", "Kind of instrument", "Signed");
			assertThat(sheet.getLastRowNum()).isEqualTo(2);
			Row row = sheet.getRow(2);
			assertThat(row.getCell(headers.indexOf("Title")).getStringCellValue()).isEqualTo(title);
			assertThat(row.getCell(headers.indexOf("Kind of instrument")).getStringCellValue()).isNotEqualTo("MOU").isNotBlank();
			Cell signed = row.getCell(headers.indexOf("Signed"));
			assertThat(signed.getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(DateUtil.isCellDateFormatted(signed)).isTrue();
			assertThat(signed.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2019, 5, 1));
			assertThat(signed.getCellStyle().getDataFormatString()).isEqualTo("mm/yyyy");
		}
	}

	@Test
	void delegationSizesAreNumericCellsAndTheCsvParsesBackToTheJsonList() throws Exception {
		byte[] body = admin.get("/api/v1/delegations?format=xlsx").andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsByteArray();
		int total = Api.read(admin.get("/api/v1/delegations?size=1"), "$.total");
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(body))) {
			Sheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).startsWith("Bộ lọc: không có");
			assertThat(sheet.getLastRowNum() - 1).isEqualTo(total);
			int size = texts(sheet.getRow(1)).indexOf("Số thành viên");
			assertThat(size).isNotNegative();
			List<Double> sizes = new ArrayList<>();
			for (int i = 2; i <= sheet.getLastRowNum(); i++) {
				Cell cell = sheet.getRow(i).getCell(size);
				if (cell != null) {
					assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
					sizes.add(cell.getNumericCellValue());
				}
			}
			assertThat(sizes).isNotEmpty();
		}
	}

	@Test
	void anExportHoldsOnlyWhatTheReaderMayRead() throws Exception {
		String title = "Internal export " + UUID.randomUUID();
		Api langSon = new Api(mvc).as("langson");
		langSon.post("/api/v1/agreements", """
				{"title": "%s", "kind": "MOU", "legalBasis": "INTERNATIONAL_AGREEMENT", "level": "PROVINCE",
				 "visibility": "INTERNAL", "parties": [{"side": "VN", "localityId": %d, "signatoryLevel": "PROVINCE"},
				             {"side": "FOREIGN", "localityId": %d}]}"""
			.formatted(title, admin.localityId("VN-20"), admin.localityId("KR-37"))).andExpect(status().isCreated());

		assertThat(csvText(langSon, "/api/v1/agreements?format=csv")).contains(title);
		assertThat(csvText(admin, "/api/v1/agreements?format=csv")).contains(title);
		assertThat(csvText(new Api(mvc).as("thainguyen"), "/api/v1/agreements?format=csv")).doesNotContain(title);
		assertThat(csvText(new Api(mvc), "/api/v1/agreements?format=csv")).doesNotContain(title);
	}

	@Test
	void everyListEndpointAnswersCsvAndXlsx() throws Exception {
		TreeSet<String> lists = listPaths();
		assertThat(lists).contains("/api/v1/agreements", "/api/v1/partnerships", "/api/v1/organisations",
				"/api/v1/localities", "/api/v1/delegations", "/api/v1/delegation-plans", "/api/v1/conferences",
				"/api/v1/ngos", "/api/v1/projects", "/api/v1/exchanges", "/api/v1/events", "/api/v1/memberships",
				"/api/v1/awards", "/api/v1/delegations/reported-totals", "/api/v1/projects/reported-totals");
		for (String path : lists.stream().filter(p -> !p.contains("{")).toList()) {
			byte[] csv = admin.get(path + "?format=csv").andExpect(status().isOk()).andReturn().getResponse()
				.getContentAsByteArray();
			List<CSVRecord> lines = csv(csv);
			assertThat(lines.size()).as(path).isGreaterThanOrEqualTo(2);
			assertThat(lines.get(1).toList()).as(path + " headers are labels").allSatisfy(
					header -> assertThat(header).doesNotStartWith("export.").isNotBlank());
			byte[] xlsx = admin.get(path + "?format=xlsx").andExpect(status().isOk()).andReturn().getResponse()
				.getContentAsByteArray();
			try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
				// the audit log has gained the CSV export's own entry since
				int gained = path.equals("/api/v1/audit") ? 1 : 0;
				assertThat(workbook.getSheetAt(0).getLastRowNum()).as(path).isEqualTo(lines.size() - 1 + gained);
			}
		}
	}

	@Test
	void aListPageLinksToItsExportWithTheFiltersInForceAndTheLinkDownloadsTheFile() throws Exception {
		SignedInAs signedIn = new SignedInAs(userDetails);
		String html = mvc.perform(get("/agreements").param("country", "KR").param("decade", "2010").param("lang", "en")
			.with(signedIn.user("thainguyen"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		Matcher link = Pattern.compile("href=\"(/agreements\\?[^\"]*format=xlsx)\"").matcher(html);
		assertThat(link.find()).as(html).isTrue();
		String href = link.group(1).replace("&amp;", "&");
		assertThat(href).contains("country=KR", "yearFrom=2010", "yearTo=2019").doesNotContain("decade");

		MvcResult file = mvc.perform(get(href).header("Accept", "text/html").with(signedIn.user("thainguyen")))
			.andExpect(status().isOk())
			.andReturn();
		assertThat(file.getResponse().getContentType()).isEqualTo(ExportFormat.XLSX.contentType());
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file.getResponse().getContentAsByteArray()))) {
			assertThat(workbook.getSheetAt(0).getRow(0).getCell(0).getStringCellValue())
				.isEqualTo("Filters: Country: South Korea; From year: 2010; To year: 2019");
			int expected = Api.read(new Api(mvc).as("thainguyen").get("/api/v1/agreements?country=KR&yearFrom=2010&yearTo=2019&size=1"), "$.total");
			assertThat(workbook.getSheetAt(0).getLastRowNum() - 1).isEqualTo(expected);
		}
		mvc.perform(get("/agreements").param("format", "csv")).andExpect(status().isOk())
			.andExpect(result -> assertThat(result.getResponse().getContentType()).startsWith("text/csv"));
	}

	@Test
	void anUnknownFormatIsAProblemNamingTheParameter() throws Exception {
		admin.in("en").get("/api/v1/agreements?format=pdf")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("format"))
			.andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("csv or xlsx")));
	}

	@Test
	void theApiDocumentNamesTheFormatOfEveryList() throws Exception {
		Map<String, Object> paths = Api.read(new Api(mvc).get("/v3/api-docs"), "$.paths");
		for (String path : listPaths()) {
			List<String> parameters = Api.read(new Api(mvc).get("/v3/api-docs"),
					"$.paths['" + path + "'].get.parameters[*].name");
			assertThat(parameters).as(path).contains("format");
		}
		assertThat(paths).isNotEmpty();
	}

	/** The GET lists of the API, found the way the exports are: methods answering a page. */
	private TreeSet<String> listPaths() {
		TreeSet<String> paths = new TreeSet<>();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mappings.getHandlerMethods().entrySet()) {
			HandlerMethod handler = entry.getValue();
			if (ListExportConfiguration.isList(handler.getMethod(), handler.getBeanType())) {
				entry.getKey().getPatternValues().stream().filter(p -> p.startsWith("/api/v1/")).forEach(paths::add);
			}
		}
		return paths;
	}

	private static String csvText(Api api, String path) throws Exception {
		return new String(api.get(path).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray(),
				StandardCharsets.UTF_8);
	}

	private static List<CSVRecord> csv(byte[] body) throws Exception {
		String text = new String(body, StandardCharsets.UTF_8).substring(1);
		return CSVFormat.RFC4180.parse(new StringReader(text)).getRecords();
	}

	private static List<String> texts(Row row) {
		List<String> texts = new ArrayList<>();
		row.forEach(cell -> texts.add(cell.getStringCellValue()));
		return texts;
	}

}
