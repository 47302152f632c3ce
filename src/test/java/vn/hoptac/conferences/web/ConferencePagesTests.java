package vn.hoptac.conferences.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.LinkedHashMap;
import java.util.Map;
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

@ApiTest
class ConferencePagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService userDetails;

	SignedInAs signedIn;

	long thaiNguyen;

	@BeforeEach
	void setUp() throws Exception {
		signedIn = new SignedInAs(userDetails);
		thaiNguyen = new Api(mvc).as("admin").localityId("VN-19");
	}

	private MockHttpServletRequestBuilder as(String username, MockHttpServletRequestBuilder request) {
		return in("vi", username, request);
	}

	/** A page request in the language, signed in (the language is saved per user, so name it). */
	private MockHttpServletRequestBuilder in(String language, String username, MockHttpServletRequestBuilder request) {
		return request.param("lang", language).with(signedIn.user(username));
	}

	private String html(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	private MockHttpServletRequestBuilder form(String title, String... more) {
		Map<String, String> params = new LinkedHashMap<>();
		params.put("title", title);
		params.put("kind", "SEMINAR");
		params.put("vnLocalityId", String.valueOf(thaiNguyen));
		params.put("startOn", "2021-10");
		params.put("participants", "80");
		params.put("participantsQualifier", "MORE_THAN");
		params.put("visibility", "INTERNAL");
		params.put("steps[0].stage", "DOSSIER_RECEIVED");
		params.put("steps[0].stepOn", "2021-08");
		params.put("steps[1].stage", "HELD");
		params.put("steps[1].stepOn", "2021-10");
		for (int i = 0; i < more.length; i += 2) {
			params.put(more[i], more[i + 1]);
		}
		MockHttpServletRequestBuilder request = as("thainguyen", post("/conferences")).with(csrf());
		params.forEach(request::param);
		return request;
	}

	@Test
	void createsThroughTheFormShowsTheDossierPathTheHistoryAndTheYearsList() throws Exception {
		String title = "Hội thảo kiểm thử biểu mẫu " + UUID.randomUUID();
		String location = mvc.perform(form(title))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/conferences/*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(html(as("thainguyen", get(location)))).contains(title, "Hội thảo", "Đã nhận hồ sơ", "Đã tổ chức",
				"Hơn 80", "10/2021", "Thái Nguyên");
		assertThat(html(as("thainguyen", get(location + "/history")))).contains("Tạo mới", "thainguyen");
		assertThat(html(as("thainguyen", get(location + "/edit")))).contains("name=\"version\" value=\"0\"",
				"name=\"steps[2].stage\"");
		assertThat(html(as("thainguyen", get("/conferences/year/2021")))).contains(title, "Hơn 80");
		assertThat(html(in("en", "thainguyen", get("/conferences/year/2021"))))
			.contains("International conferences and seminars held in 2021", title);
		assertThat(html(as("danang", get("/conferences/year/2021").param("locality", "")))).doesNotContain(title);
	}

	@Test
	void showsEveryRefusedRuleAtItsFieldAndWritesNothing() throws Exception {
		String marker = UUID.randomUUID().toString();
		String page = html(form("Hội thảo " + marker, "steps[0].stage", "REFUSED", "endOn", "2021-09", "startOn",
				"2021-10-05"));
		assertThat(page).contains("class=\"field-error\"", "không được cho phép",
				"Ngày kết thúc không được trước ngày bắt đầu.", marker);
		page = html(form("Hội thảo " + marker, "startOn", "10/2021"));
		assertThat(page).contains("10/2021", "không hợp lệ; dùng năm (2004)");
		assertThat(Api.<Integer>read(new Api(mvc).as("admin").get("/api/v1/conferences?q={q}", marker), "$.total"))
			.isZero();
	}

	@Test
	void listsWithFacetsAndRefreshesItsRowsForHtmx() throws Exception {
		String title = "Diễn đàn kiểm thử danh sách " + UUID.randomUUID();
		mvc.perform(form(title, "kind", "FORUM")).andExpect(status().is3xxRedirection());
		String page = html(as("thainguyen", get("/conferences")));
		assertThat(page).contains("Hội nghị, hội thảo quốc tế", "facet-kind", "Diễn đàn (", title);
		String rows = html(as("thainguyen", get("/conferences")).param("kind", "FORUM")
			.param("q", title)
			.header("HX-Request", "true")
			.header("HX-Target", "conference-rows"));
		assertThat(rows).contains("id=\"conference-rows\"", title, "id=\"conference-facet-fields\"")
			.doesNotContain("<html");
		assertThat(html(as("thainguyen", get("/conferences")).param("kind", "SEMINAR").param("q", title)))
			.doesNotContain("<a href=\"/conferences/");
	}

	@Test
	void deletesAfterConfirmationForProvinceAdministratorsOnly() throws Exception {
		String location = mvc.perform(form("Hội thảo sẽ xóa " + UUID.randomUUID()))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		mvc.perform(as("thainguyen", get(location + "/delete"))).andExpect(status().isForbidden());
		assertThat(html(as("thainguyen-lead", get(location + "/delete")))).contains("Xóa hội nghị, hội thảo này?");
		mvc.perform(as("thainguyen-lead", post(location + "/delete")).with(csrf()).param("version", "0"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/conferences*"));
		mvc.perform(as("thainguyen-lead", get(location))).andExpect(status().isNotFound());
	}

	@Test
	void theHistoryReadsInWordsNotCodes() throws Exception {
		Api officer = new Api(mvc).as("thainguyen");
		String body = """
				{"title": "Hội thảo lịch sử %s", "kind": "SEMINAR", "vnLocalityId": %d,
				 "steps": [{"stage": "DOSSIER_RECEIVED", "stepOn": "2024-02"}]}""".formatted(UUID.randomUUID(), thaiNguyen);
		long id = Api.id(officer.post("/api/v1/conferences", body));
		officer.put("/api/v1/conferences/{id}", body.replace("}]}",
				"}, {\"stage\": \"APPROVED\", \"stepOn\": \"2024-03\"}], \"version\": 0}"), id);
		String history = html(as("thainguyen", get("/conferences/{id}/history", id)));
		assertThat(history).contains("Quy trình hồ sơ", "Được cho phép, 03/2024", "Bước hiện tại")
			.doesNotContain("APPROVED", "currentStage", "stepPrecision");
		assertThat(html(in("en", "thainguyen", get("/conferences/{id}/history", id))))
			.contains("Dossier path", "Approved");
	}

}
