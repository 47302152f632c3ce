package vn.hoptac.exchanges.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
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

@ApiTest
class ExchangePagesTests {

	static final String K2H = "Trao đổi công chức Đà Nẵng – Daegu theo Chương trình K2H (2006–2018)";

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	JdbcClient jdbc;

	SignedInAs signedIn;

	long thaiNguyen;

	@BeforeEach
	void setUp() throws Exception {
		signedIn = new SignedInAs(userDetails);
		thaiNguyen = new Api(mvc).as("admin").localityId("VN-19");
	}

	private MockHttpServletRequestBuilder as(String username, MockHttpServletRequestBuilder request) {
		return request.param("lang", "vi").with(signedIn.user(username));
	}

	private String html(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	@Test
	void listsWithFacetsRowsAndPersonsSummedUnderTheSameFilters() throws Exception {
		assertThat(html(get("/exchanges").param("q", "K2H").param("lang", "vi"))).contains("<html", "id=\"facet-kind\"",
				"id=\"facet-country\"", "hx-push-url=\"true\"", K2H, "Thống kê số người", "Việt Nam ra nước ngoài");
		mvc.perform(get("/exchanges").param("q", "K2H").param("groupBy", "YEAR").header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("<html"))))
			.andExpect(content().string(containsString(K2H)));
		assertThat(html(get("/exchanges").param("kind", "VOLUNTEERS").param("lang", "en")))
			.contains("Volunteers", "Persons exchanged")
			.doesNotContain(K2H);
	}

	@Test
	void showsAnExchangeWithItsCountsAndSources() throws Exception {
		long id = jdbc.sql("select id from exchange where title = ?").param(K2H).query(Long.class).single();
		assertThat(html(get("/exchanges/{id}", id).param("lang", "vi"))).contains(K2H, "Việt Nam ra nước ngoài",
				"Nước ngoài vào Việt Nam", "K2H", "cả giai đoạn", "§4.3.3 b");
		assertThat(html(get("/exchanges/{id}", id).param("lang", "ko"))).contains("베트남에서 해외로");
	}

	@Test
	void theFormShowsEachRuleAtItsFieldAndSavesNothingUntilRight() throws Exception {
		String title = "Khóa tập huấn " + UUID.randomUUID();
		long before = jdbc.sql("select count(*) from exchange").query(Long.class).single();
		String refused = html(as("thainguyen", post("/exchanges")).with(csrf())
			.param("title", title)
			.param("kind", "TRAINING_COURSE")
			.param("status", "HELD")
			.param("vnParty", "locality:" + thaiNguyen)
			.param("startOn", "2020")
			.param("endOn", "2019")
			.param("visibility", "INTERNAL")
			.param("counts[0].direction", "OUTBOUND")
			.param("counts[0].sex", "ALL")
			.param("counts[0].measure", "PARTICIPANTS")
			.param("counts[0].unit", "PERSONS")
			.param("counts[0].qualifier", "EXACT")
			.param("counts[0].count", "-3"));
		assertThat(refused).contains("Ngày kết thúc không được trước ngày bắt đầu.", "Số lượng không được âm.");
		assertThat(jdbc.sql("select count(*) from exchange").query(Long.class).single()).isEqualTo(before);

		String location = mvc.perform(as("thainguyen", post("/exchanges")).with(csrf())
			.param("title", title)
			.param("kind", "TRAINING_COURSE")
			.param("status", "HELD")
			.param("vnParty", "locality:" + thaiNguyen)
			.param("foreignPartyCode", "KR-37")
			.param("startOn", "2019")
			.param("endOn", "2020-06")
			.param("visibility", "INTERNAL")
			.param("counts[0].direction", "OUTBOUND")
			.param("counts[0].sex", "FEMALE")
			.param("counts[0].measure", "PARTICIPANTS")
			.param("counts[0].unit", "PERSONS")
			.param("counts[0].qualifier", "ABOUT")
			.param("counts[0].count", "12")
			.param("counts[1].sex", "ALL")
			.param("counts[1].measure", "PARTICIPANTS")
			.param("counts[1].unit", "PERSONS")
			.param("counts[1].qualifier", "EXACT"))
			.andExpect(redirectedUrlPattern("/exchanges/*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(html(as("thainguyen", get(location)))).contains(title, "Khoảng 12 Người", "Nữ", "Gyeongsangbuk");
		assertThat(html(as("thainguyen", get(location + "/history")))).contains("Tạo mới", "thainguyen");
		assertThat(html(as("thainguyen", get(location + "/edit")))).contains("name=\"version\" value=\"0\"",
				"value=\"2020-06\"");
		mvc.perform(as("thainguyen", get(location + "/delete"))).andExpect(status().isForbidden());
		assertThat(html(as("thainguyen-lead", get(location + "/delete")))).contains("Xóa hoạt động trao đổi này?", title);
	}

	@Test
	void theHistoryReadsChangedFieldsAndCountsByTheirLabels() throws Exception {
		Api thainguyen = new Api(mvc).as("thainguyen");
		String title = "Sinh viên lịch sử " + UUID.randomUUID();
		String body = """
				{"title": "%s", "kind": "%s", "status": "HELD", "vnLocalityId": %d, "startOn": "2015", %s
				 "counts": [{"direction": "OUTBOUND", "count": %d, "qualifier": "%s"}]}""";
		long id = Api.id(thainguyen.post("/api/v1/exchanges", body.formatted(title, "STUDENTS", thaiNguyen, "", 120,
				"EXACT")));
		thainguyen.put("/api/v1/exchanges/{id}", body.formatted(title, "LECTURERS", thaiNguyen, "\"version\": 0,", 120,
				"MORE_THAN"), id).andExpect(status().isOk());

		String vi = html(as("thainguyen", get("/exchanges/{id}/history", id)));
		assertThat(vi).contains("Loại", "Sinh viên, học sinh", "Giảng viên, giáo viên", "Số người",
				"Việt Nam ra nước ngoài", "Hơn", "Bắt đầu", "2015");
		assertThat(vi).doesNotContain("LECTURERS", "MORE_THAN", "OUTBOUND", "&quot;count&quot;", "vnLocalityId");
		assertThat(html(get("/exchanges/{id}/history", id).param("lang", "en").with(signedIn.user("thainguyen"))))
			.contains("Lecturers, teachers", "More than");
	}

}
