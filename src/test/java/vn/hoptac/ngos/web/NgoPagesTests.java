package vn.hoptac.ngos.web;

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
class NgoPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService userDetails;

	SignedInAs signedIn;

	Api admin;

	long thaiNguyen;

	@BeforeEach
	void setUp() throws Exception {
		signedIn = new SignedInAs(userDetails);
		admin = new Api(mvc).as("admin");
		thaiNguyen = admin.localityId("VN-19");
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

	private long foreignNgo(String name) throws Exception {
		return Api.id(admin.post("/api/v1/organisations", """
				{"type": "FOREIGN_NGO", "names": {"vi": "%s"}, "country": "KR", "visibility": "PUBLIC"}"""
			.formatted(name)));
	}

	private MockHttpServletRequestBuilder form(long ngo, String... more) {
		Map<String, String> params = new LinkedHashMap<>();
		params.put("organisation", "organisation:" + ngo);
		params.put("vnLocalityId", String.valueOf(thaiNguyen));
		params.put("status", "ACTIVE");
		params.put("visibility", "INTERNAL");
		params.put("certificates[0].type", "REPRESENTATIVE_OFFICE");
		params.put("certificates[0].number", "VP-77");
		params.put("certificates[0].validFrom", "2022-01-01");
		params.put("certificates[0].validTo", "2027-01-01");
		params.put("certificates[0].status", "VALID");
		params.put("reports[0].recipient", "FOREIGN_NGO_COMMITTEE");
		params.put("reports[0].year", "2024");
		params.put("reports[0].half", "2");
		for (int i = 0; i < more.length; i += 2) {
			params.put(more[i], more[i + 1]);
		}
		MockHttpServletRequestBuilder request = as("thainguyen", post("/ngos")).with(csrf());
		params.forEach(request::param);
		return request;
	}

	@Test
	void opensAFileThroughTheFormAndShowsItWithItsHistory() throws Exception {
		String name = "Quỹ hỗ trợ kiểm thử " + UUID.randomUUID();
		long ngo = foreignNgo(name);
		String location = mvc.perform(form(ngo))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/ngos/*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(html(as("thainguyen", get(location)))).contains(name, "VP-77", "Giấy đăng ký lập Văn phòng đại diện",
				"01/01/2027", "6 tháng cuối năm", "/projects?participant=" + ngo);
		assertThat(html(in("ko", "thainguyen", get(location)))).contains("대표사무소 설립 등록증", "하반기");
		assertThat(html(as("thainguyen", get(location + "/history")))).contains("Tạo mới", "thainguyen");
		assertThat(html(as("thainguyen", get("/ngos")))).contains(name, "01/01/2027");
		assertThat(html(as("thainguyen", get("/ngos").param("validToBefore", "2026-12-31")))).doesNotContain(name);
		assertThat(html(as("thainguyen", get(location + "/edit")))).contains("name=\"certificates[1].type\"",
				"name=\"version\" value=\"0\"");
	}

	@Test
	void showsTheRulesAtTheRowsFieldsAndWritesNothing() throws Exception {
		String name = "Tổ chức kiểm thử lỗi " + UUID.randomUUID();
		long ngo = foreignNgo(name);
		String page = html(form(ngo, "certificates[0].validTo", "2021-01-01", "opinions[0].matter", "EXTEND",
				"opinions[0].certificateNumber", "KHONG-CO", "reports[0].half", "3"));
		assertThat(page).contains("class=\"field-error\"", "Ngày kết thúc không được trước ngày bắt đầu.",
				"Hồ sơ không có giấy đăng ký số KHONG-CO.", "Kỳ báo cáo là 1");
		assertThat(html(as("thainguyen", get("/ngos").param("q", name)))).doesNotContain("/ngos/1");
		assertThat(Api.<Integer>read(admin.get("/api/v1/ngos?q={q}", name), "$.total")).isZero();
	}

	@Test
	void theHistoryReadsInWordsNotCodes() throws Exception {
		long ngo = foreignNgo("Tổ chức lịch sử " + UUID.randomUUID());
		String body = """
				{"organisationId": %d, "vnLocalityId": %d, "status": "ACTIVE"}""".formatted(ngo, thaiNguyen);
		Api officer = new Api(mvc).as("thainguyen");
		long id = Api.id(officer.post("/api/v1/ngos", body));
		officer.put("/api/v1/ngos/{id}", body.replace("\"ACTIVE\"}", """
				"INACTIVE", "version": 0, "opinions": [{"matter": "REVOKE", "stance": "OBJECT"}]}"""), id);
		String history = html(as("thainguyen", get("/ngos/{id}/history", id)));
		assertThat(history).contains("Không còn hoạt động", "Thu hồi", "Không đồng ý", "Ý kiến của Sở Ngoại vụ")
			.doesNotContain("INACTIVE", "REVOKE", "organisationId");
	}

}
