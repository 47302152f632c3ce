package vn.hoptac.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.hoptac.reports.ReportApiTests.body;
import static vn.hoptac.reports.ReportApiTests.created;
import static vn.hoptac.reports.ReportApiTests.figure;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import vn.hoptac.Api;
import vn.hoptac.ApiTest;
import vn.hoptac.SignedInAs;

/**
 * A partnership's establishment is as precise as its sources: the API gives it so and takes it back
 * unchanged, and a year-only establishment counts in the annual report but in neither half-year's,
 * which says how many it could not place.
 */
@ApiTest
class EstablishedPrecisionTests {

	private static final String ANNUAL = "/api/v1/reports/annual?province=VN-19&year=2096";

	private static final String HALF = "/api/v1/reports/semiannual?province=VN-19&year=2096&half=";

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService userDetails;

	private long partnership(Api admin, String date) throws Exception {
		return partnership(admin, "Quan hệ thử " + UUID.randomUUID(), date);
	}

	private long partnership(Api admin, String title, String date) throws Exception {
		return created(admin.post("/api/v1/partnerships", """
				{"title": "%s", "level": "PROVINCE", "vnLocalityId": %d, "foreignLocalityId": %d,
				 "duplicateIntended": true, "types": [{"type": "FRIENDSHIP", "date": "%s"}],
				 "milestones": [{"date": "%s-12-01", "title": "Gặp gỡ"}]}"""
			.formatted(title, admin.localityId("VN-19"), admin.localityId("KR-37"), date, date.substring(0, 4))));
	}

	@Test
	void theListShowsTheEstablishmentAtItsPrecisionInEachLanguage() throws Exception {
		Api admin = new Api(mvc).as("admin");
		String marker = "Precision" + UUID.randomUUID().toString().substring(0, 8);
		partnership(admin, marker + " year", "2096");
		partnership(admin, marker + " month", "2096-03");
		partnership(admin, marker + " day", "2096-03-15");
		assertThat(establishedColumn(marker, "vi")).containsExactlyInAnyOrder("2096", "03/2096", "15/03/2096");
		assertThat(establishedColumn(marker, "en")).containsExactlyInAnyOrder("2096", "Mar 2096", "15 Mar 2096");
		assertThat(establishedColumn(marker, "ko")).containsExactlyInAnyOrder("2096년", "2096년 3월", "2096년 3월 15일");
	}

	/** The last cell of each row of the partnerships list found by the text. */
	private java.util.List<String> establishedColumn(String text, String language) throws Exception {
		String page = mvc.perform(get("/partnerships").param("q", text).param("lang", language)
			.with(new SignedInAs(userDetails).user("admin")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return java.util.regex.Pattern.compile("<td data-label=\"[^\"]*\">([^<]*)</td>\\s*</tr>")
			.matcher(page)
			.results()
			.map(cell -> cell.group(1).strip())
			.toList();
	}

	@Test
	void theApiGivesTheEstablishmentAtItsPrecisionAndTakesItBackUnchanged() throws Exception {
		Api admin = new Api(mvc).as("admin");
		long id = partnership(admin, "2096");
		String read = body(admin.get("/api/v1/partnerships/{id}", id));
		assertThat(JsonPath.<String>read(read, "$.establishedOn")).isEqualTo("2096");
		assertThat(JsonPath.<String>read(read, "$.establishedPrecision")).isEqualTo("YEAR");
		String written = body(admin.put("/api/v1/partnerships/{id}", read, id));
		assertThat(JsonPath.<String>read(written, "$.establishedOn")).isEqualTo("2096");
		assertThat(JsonPath.<String>read(written, "$.establishedPrecision")).isEqualTo("YEAR");
		// the page too: the year, not a first of January the sources never gave
		String page = mvc.perform(get("/partnerships/{id}", id).with(new SignedInAs(userDetails).user("admin")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page.replaceAll("\\s+", " ")).containsPattern("<dd>[^<0-9]*2096[^<0-9]*</dd>");
	}

	@Test
	void aYearOnlyEstablishmentCountsInTheYearButInNeitherHalf() throws Exception {
		Api admin = new Api(mvc).as("admin");
		String annual = body(admin.get(ANNUAL));
		String first = body(admin.get(HALF + 1));
		String second = body(admin.get(HALF + 2));
		partnership(admin, "2096");
		partnership(admin, "2096-03");

		assertThat(delta(annual, body(admin.get(ANNUAL)), "partnershipsNew")).isEqualTo(2);
		String firstAfter = body(admin.get(HALF + 1));
		String secondAfter = body(admin.get(HALF + 2));
		assertThat(delta(first, firstAfter, "partnershipsNew")).isEqualTo(1);
		assertThat(delta(second, secondAfter, "partnershipsNew")).isZero();
		assertThat(delta(first, firstAfter, "partnershipsNewYearOnly")).isEqualTo(1);
		assertThat(delta(second, secondAfter, "partnershipsNewYearOnly")).isEqualTo(1);
		assertThat(body(admin.get(ANNUAL))).doesNotContain("partnershipsNewYearOnly");
		admin.get(HALF + 1 + "&format=docx&lang=ko").andExpect(status().isOk());
	}

	private static double delta(String before, String after, String row) {
		return figure(after, "partnerships", "partnerships", row, 0) - figure(before, "partnerships", "partnerships", row, 0);
	}

}
