package vn.hoptac.monitoring.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.hoptac.Api;
import vn.hoptac.ApiTest;
import vn.hoptac.SignedInAs;

/**
 * The plan, framework and indicator forms: the service's rules refuse at their fields, a save is
 * audited and shows on the record's page and in the API, a stale version is refused, and a reader
 * who may not write gets no form.
 */
@ApiTest
class MonitoringFormsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	JdbcClient jdbc;

	SignedInAs signedIn;

	Api admin;

	long thaiNguyen;

	@BeforeEach
	void setUp() throws Exception {
		signedIn = new SignedInAs(userDetails);
		admin = new Api(mvc).as("admin");
		thaiNguyen = admin.localityId("VN-19");
	}

	private MockHttpServletRequestBuilder as(String username, String lang, MockHttpServletRequestBuilder request) {
		return request.param("lang", lang).with(signedIn.user(username));
	}

	private String html(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	private String saved(MockHttpServletRequestBuilder request, String pattern) throws Exception {
		return mvc.perform(request.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern(pattern))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
	}

	private long audits(String entity, long id) {
		return jdbc.sql("select count(*) from audit_event where entity = ? and entity_id = ?")
			.params(entity, id)
			.query(Long.class)
			.single();
	}

	@Test
	void aFrameworkAndItsIndicatorAreWrittenOnTheFormsAndReadInTheIptt() throws Exception {
		assertThat(html(as("thainguyen", "vi", get("/frameworks/new")))).contains("name=\"results[0].level\"",
				"name=\"localityId\"", "Thêm khung kết quả");
		String title = "Khung trang " + UUID.randomUUID();
		// a province's framework without its province: refused at that field, not saved as the nation's
		String refused = html(as("thainguyen", "vi", post("/frameworks")).with(csrf())
			.param("title", title)
			.param("scope", "PROVINCE")
			.param("results[0].level", "OUTPUT")
			.param("results[0].title", "Cán bộ được đào tạo"));
		assertThat(refused).contains("has-error", "Trường này là bắt buộc.");
		assertThat(jdbc.sql("select count(*) from results_framework where title = ?").param(title).query(Long.class).single())
			.isZero();

		String framework = saved(as("thainguyen", "vi", post("/frameworks"))
			.param("title", title)
			.param("scope", "PROVINCE")
			.param("localityId", "" + thaiNguyen)
			.param("results[0].level", "OUTPUT")
			.param("results[0].title", "Cán bộ được đào tạo"), "/frameworks/*");
		long frameworkId = Long.parseLong(framework.substring(framework.lastIndexOf('/') + 1));
		assertThat(audits("results_framework", frameworkId)).isEqualTo(1);
		long resultId = jdbc.sql("select id from framework_result where framework_id = ?")
			.param(frameworkId)
			.query(Long.class)
			.single();

		// the English form: a bad SDG code and a period without its end, each at its field
		String indicatorRefused = html(as("thainguyen", "en", post("/frameworks/{id}/indicators", frameworkId))
			.with(csrf())
			.param("resultId", "" + resultId)
			.param("title", "Officials trained")
			.param("measure", "UNIT")
			.param("sdgIndicators", "17.9")
			.param("periods[0].start", "2025-01")
			.param("periods[0].targetNumber", "40"));
		assertThat(indicatorRefused).contains("This field is required.", "17.9");
		String indicator = saved(as("thainguyen", "en", post("/frameworks/{id}/indicators", frameworkId))
			.param("resultId", "" + resultId)
			.param("title", "Officials trained")
			.param("measure", "UNIT")
			.param("unit", "người")
			.param("sdgIndicators", "17.9.1")
			.param("dimensions", "sex, age group")
			.param("baselineYear", "2024")
			.param("baselineNumber", "12")
			.param("periods[0].start", "2025-01")
			.param("periods[0].end", "2025-12")
			.param("periods[0].targetNumber", "40"), "/indicators/*");
		long indicatorId = Long.parseLong(indicator.substring(indicator.lastIndexOf('/') + 1));
		assertThat(audits("indicator", indicatorId)).isEqualTo(1);
		assertThat(Api.<String>read(admin.get("/api/v1/indicators/{id}", indicatorId), "$.sdgIndicators[0]"))
			.isEqualTo("17.9.1");
		assertThat(Api.<Number>read(admin.get("/api/v1/frameworks/{id}/iptt", frameworkId),
				"$.results[0].indicators[0].periods[0].target.number").doubleValue()).isEqualTo(40.0);

		// the edit form reads back what was saved; a second save with the old version is refused
		assertThat(html(as("thainguyen", "vi", get("/indicators/{id}/edit", indicatorId)))).contains("17.9.1",
				"sex, age group", "2025-12");
		saved(as("thainguyen", "vi", post("/indicators/{id}/edit", indicatorId))
			.param("version", "0")
			.param("resultId", "" + resultId)
			.param("title", "Cán bộ được đào tạo")
			.param("measure", "UNIT")
			.param("periods[0].start", "2025-01")
			.param("periods[0].end", "2025-12")
			.param("periods[0].targetNumber", "45"), "/indicators/*");
		// a number the language does not write so and a bad SDG code: both named on the first submit
		String both = html(as("thainguyen", "en", post("/indicators/{id}/edit", indicatorId)).with(csrf())
			.param("version", "1")
			.param("resultId", "" + resultId)
			.param("title", "Officials trained")
			.param("measure", "UNIT")
			.param("sdgIndicators", "17.9")
			.param("baselineNumber", "12,5")
			.param("periods[0].start", "2025-01")
			.param("periods[0].end", "2025-12"));
		assertThat(both).contains("Invalid value.", "is not valid (e.g. 1.2.1)");
		// in Vietnamese a decimal comma, and points grouping the thousands
		saved(as("thainguyen", "vi", post("/indicators/{id}/edit", indicatorId))
			.param("version", "1")
			.param("resultId", "" + resultId)
			.param("title", "Cán bộ được đào tạo")
			.param("measure", "UNIT")
			.param("baselineNumber", "12,5")
			.param("periods[0].start", "2025-01")
			.param("periods[0].end", "2025-12")
			.param("periods[0].targetNumber", "1.045,5"), "/indicators/*");
		assertThat(Api.<Number>read(admin.get("/api/v1/indicators/{id}", indicatorId), "$.baseline.number")
			.doubleValue()).isEqualTo(12.5);
		assertThat(Api.<Number>read(admin.get("/api/v1/indicators/{id}", indicatorId), "$.periods[0].target.number")
			.doubleValue()).isEqualTo(1045.5);
		String stale = html(as("thainguyen", "vi", post("/indicators/{id}/edit", indicatorId)).with(csrf())
			.param("version", "0")
			.param("resultId", "" + resultId)
			.param("title", "Ghi đè")
			.param("measure", "UNIT"));
		assertThat(stale).contains("notice error");
		assertThat(Api.<String>read(admin.get("/api/v1/indicators/{id}", indicatorId), "$.title"))
			.isEqualTo("Cán bộ được đào tạo");
	}

	@Test
	void aPlanIsWrittenOnItsFormAndAReaderWhoMayNotWriteGetsNoForm() throws Exception {
		String refused = html(as("thainguyen", "en", post("/plans")).with(csrf())
			.param("title", "Plan with its years reversed")
			.param("yearFrom", "2030")
			.param("yearTo", "2025")
			.param("localityId", "" + thaiNguyen));
		assertThat(refused).contains("has-error");
		String plan = saved(as("thainguyen", "vi", post("/plans"))
			.param("title", "Kế hoạch trang " + UUID.randomUUID())
			.param("yearFrom", "2025")
			.param("yearTo", "2030")
			.param("localityId", "" + thaiNguyen)
			.param("objectives[0]", "Mở rộng hợp tác giáo dục")
			.param("objectives[1]", ""), "/plans/*");
		assertThat(html(as("thainguyen", "vi", get(plan)))).contains("Mở rộng hợp tác giáo dục", "/edit");
		mvc.perform(as("partner", "vi", get("/plans/new"))).andExpect(status().isForbidden());
		mvc.perform(as("langson", "vi", get(plan + "/edit"))).andExpect(status().isForbidden());
	}

}
