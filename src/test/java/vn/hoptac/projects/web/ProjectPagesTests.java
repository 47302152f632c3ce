package vn.hoptac.projects.web;

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
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.hoptac.Api;
import vn.hoptac.ApiTest;
import vn.hoptac.SignedInAs;

/** The project pages: the list with its facets and htmx rows, the detail, the form with its errors, the history. */
@ApiTest
class ProjectPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService userDetails;

	SignedInAs signedIn;

	Api admin;

	long daNang;

	@BeforeEach
	void setUp() throws Exception {
		signedIn = new SignedInAs(userDetails);
		admin = new Api(mvc).as("admin");
		daNang = admin.localityId("VN-48");
	}

	private MockHttpServletRequestBuilder as(String username, String language, MockHttpServletRequestBuilder request) {
		return request.param("lang", language).with(signedIn.user(username));
	}

	private String html(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	private long project(String title) throws Exception {
		return Api.id(admin.post("/api/v1/projects", """
				{"title": "%s", "modality": "NON_ODA_AID", "activityStatus": "2", "vnLocalityId": %d,
				 "actualStart": "2014", "sectors": [{"code": "11330", "percentage": 100}],
				 "transactions": [{"type": 3, "transactionOn": "2014", "amount": 1000000, "currency": "VND"}],
				 "source": "001_35b6366d42811707.txt §4.3.3b", "visibility": "PUBLIC"}""".formatted(title, daNang)));
	}

	@Test
	void theListShowsFacetsRowsAndTheReportedTotalsApart() throws Exception {
		String title = "Thiết bị dạy nghề " + UUID.randomUUID();
		project(title);
		String page = html(as("danang", "vi", get("/projects").param("sort", "-updated")));
		assertThat(page).contains("Dự án và nguồn lực", "facet-modality", "facet-sector", "Số liệu tổng hợp theo báo cáo",
				title);
		String rows = html(as("danang", "en", get("/projects").param("sector", "113").param("sort", "-updated").header("HX-Request", "true")
			.header("HX-Target", "project-rows")));
		assertThat(rows).contains(title).contains("project-facet-fields").doesNotContain("<html");
		assertThat(html(as("danang", "en", get("/projects").param("modality", "FDI")))).doesNotContain(title);
	}

	@Test
	void anNgosPageLinksToTheProjectsItTakesPartIn() throws Exception {
		long koica = ((Number) Api.read(admin.get("/api/v1/organisations?q=KOICA&size=1"), "$.items[0].id")).longValue();
		String page = html(as("danang", "en", get("/projects").param("participant", String.valueOf(koica))
			.param("locality", "")));
		assertThat(page).contains("Projects in which this organisation takes part", "Trung tâm ENSURE (KOICA)",
				"name=\"participant\"");
		assertThat(page).doesNotContain("Trường mầm non Măng Non");
	}

	@Test
	void theDetailShowsTheMoneyAndTheHistoryTab() throws Exception {
		String title = "Dự án xem chi tiết " + UUID.randomUUID();
		long id = project(title);
		String detail = html(as("danang", "en", get("/projects/{id}", id)));
		assertThat(detail).contains(title, "Vocational training", "Disbursement", "Non-governmental (non-ODA) aid");
		assertThat(html(as("danang", "ko", get("/projects/{id}/history", id)))).contains(title);
	}

	@Test
	void theFormShowsTheSectorsRuleAtTheSectorsAndSavesNothing() throws Exception {
		String title = "Dự án biểu mẫu " + UUID.randomUUID();
		String page = html(as("danang", "vi", post("/projects").with(csrf())
			.param("title", title)
			.param("modality", "ODA_GRANT")
			.param("vnParty", "locality:" + daNang)
			.param("sectors[0].code", "14050")
			.param("sectors[0].percentage", "60")
			.param("sectors[1].code", "41010")
			.param("sectors[1].percentage", "30")));
		assertThat(page).contains("sectors-error", "Tổng tỷ lệ các ngành phải đúng 100%, hiện là 90%.");
		assertThat((int) Api.read(admin.get("/api/v1/projects?q={q}", title), "$.total")).isZero();

		mvc.perform(as("danang", "vi", post("/projects").with(csrf())
			.param("title", title)
			.param("modality", "ODA_GRANT")
			.param("vnParty", "locality:" + daNang)
			.param("sectors[0].code", "14050")
			.param("sectors[0].percentage", "60")
			.param("sectors[1].code", "41010")
			.param("sectors[1].percentage", "40")
			.param("sdgTargets", "11.3")
			.param("transactions[0].type", "3")
			.param("transactions[0].transactionOn", "2021-05")
			.param("transactions[0].amount", "5000000")
			.param("transactions[0].currency", "vnd")))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/projects/*"));
		assertThat((int) Api.read(admin.get("/api/v1/projects?q={q}", title), "$.total")).isEqualTo(1);
	}

	@Test
	void theEditFormKeepsWhatItDoesNotShow() throws Exception {
		long id = project("Dự án sửa " + UUID.randomUUID());
		String form = html(as("danang", "en", get("/projects/{id}/edit", id)));
		assertThat(form).contains("11330", "value=\"1000000");
	}

}
