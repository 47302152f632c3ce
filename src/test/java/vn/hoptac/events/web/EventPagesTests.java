package vn.hoptac.events.web;

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

/** The pages of events, memberships and awards: lists with facets, details, forms, histories, deletes. */
@ApiTest
class EventPagesTests {

	static final String APEC = "Tuần lễ Cấp cao APEC 2017";

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	JdbcClient jdbc;

	SignedInAs signedIn;

	long daNang;

	@BeforeEach
	void setUp() throws Exception {
		signedIn = new SignedInAs(userDetails);
		daNang = new Api(mvc).as("admin").localityId("VN-48");
	}

	private MockHttpServletRequestBuilder as(String username, MockHttpServletRequestBuilder request) {
		return request.param("lang", "vi").with(signedIn.user(username));
	}

	private String html(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	private long id(String table, String title) {
		return jdbc.sql("select min(id) from " + table + " where title = ?").param(title).query(Long.class).single();
	}

	@Test
	void eventsListWithFacetsAndShowTheirScale() throws Exception {
		assertThat(html(get("/events").param("q", "APEC").param("lang", "vi"))).contains("id=\"facet-kind\"",
				"id=\"facet-role\"", APEC, "Đăng cai", "Thành viên mạng lưới");
		mvc.perform(get("/events").param("kind", "SUMMIT").header("HX-Request", "true"))
			.andExpect(content().string(not(containsString("<html"))))
			.andExpect(content().string(containsString(APEC)));
		assertThat(html(get("/events/{id}", id("event", APEC)).param("lang", "vi"))).contains("Nền kinh tế", "21",
				"11.000", "Gần 3.000", "§4.4.1");
		assertThat(html(get("/events/{id}", id("event", APEC)).param("lang", "en"))).contains("Economies", "Nearly");
	}

	@Test
	void membershipsShowRolesAndAwards() throws Exception {
		long citynet = jdbc.sql("select m.id from membership m join membership_role r on r.membership_id = m.id"
				+ " where r.role like 'Đăng cai Cuộc họp Ban Chấp hành CityNet%'").query(Long.class).single();
		assertThat(html(get("/memberships").param("status", "ACTIVE").param("lang", "vi"))).contains("id=\"facet-status\"",
				"Đang tham gia");
		assertThat(html(get("/memberships/{id}", citynet).param("lang", "vi"))).contains("Đăng cai Cuộc họp Ban Chấp hành CityNet lần thứ 37",
				"2011");
		assertThat(html(get("/awards").param("lang", "ko"))).contains("ASOCIO Smart City Award", "수상");
	}

	@Test
	void theFormOffersProjectsAndRefusesOneThatDoesNotExistWritingNothing() throws Exception {
		long offered = jdbc.sql("select min(id) from project where visibility = 'PUBLIC'").query(Long.class).single();
		assertThat(html(as("danang", get("/events/new")))).contains("<option value=\"" + offered + "\"");
		long before = jdbc.sql("select count(*) from event").query(Long.class).single();
		String refused = html(as("danang", post("/events")).with(csrf())
			.param("title", "Diễn đàn " + UUID.randomUUID())
			.param("kind", "FORUM")
			.param("vnParty", "locality:" + daNang)
			.param("projectId", "999999999")
			.param("visibility", "INTERNAL"));
		assertThat(refused).contains("Không tồn tại bản ghi được tham chiếu (999999999).");
		assertThat(jdbc.sql("select count(*) from event").query(Long.class).single()).isEqualTo(before);
	}

	@Test
	void formsReportEachRuleAtItsFieldAndSave() throws Exception {
		String title = "Diễn đàn " + UUID.randomUUID();
		String refused = html(as("danang", post("/events")).with(csrf())
			.param("title", title)
			.param("kind", "FORUM")
			.param("vnParty", "locality:" + daNang)
			.param("startOn", "2020")
			.param("endOn", "2019")
			.param("visibility", "INTERNAL")
			.param("figures[0].measure", "DELEGATES")
			.param("figures[0].qualifier", "EXACT")
			.param("figures[0].valueMin", "800")
			.param("figures[0].valueMax", "400"));
		assertThat(refused).contains("Ngày kết thúc không được trước ngày bắt đầu.",
				"Đầu trên của khoảng không được nhỏ hơn đầu dưới (800).");
		String location = mvc.perform(as("danang", post("/events")).with(csrf())
			.param("title", title)
			.param("kind", "FORUM")
			.param("role", "HOSTED")
			.param("vnParty", "locality:" + daNang)
			.param("venueCode", "VN-48")
			.param("startOn", "2024-05")
			.param("visibility", "INTERNAL")
			.param("figures[0].measure", "DELEGATES")
			.param("figures[0].qualifier", "EXACT")
			.param("figures[0].valueMin", "400")
			.param("figures[0].valueMax", "800")
			.param("figures[1].qualifier", "EXACT"))
			.andExpect(redirectedUrlPattern("/events/*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(html(as("danang", get(location)))).contains(title, "400 – 800");
		assertThat(html(as("danang", get(location + "/history")))).contains("Tạo mới", "danang");
		assertThat(html(as("danang", get(location + "/edit")))).contains("value=\"2024-05\"", "value=\"VN-48\"");

		String network = html(as("danang", post("/memberships")).with(csrf())
			.param("networkParty", "locality:" + daNang)
			.param("memberParty", "locality:" + daNang)
			.param("kind", "MEMBER")
			.param("status", "ACTIVE")
			.param("visibility", "INTERNAL"));
		assertThat(network).contains("Giá trị không hợp lệ");
		String award = mvc.perform(as("danang", post("/awards")).with(csrf())
			.param("title", "Giải " + title)
			.param("eventId", location.substring(location.lastIndexOf('/') + 1))
			.param("awardedOn", "2024-05")
			.param("visibility", "INTERNAL"))
			.andExpect(redirectedUrlPattern("/awards/*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(html(as("danang", get(award)))).contains("Giải " + title, title);
		assertThat(html(as("danang", get(location)))).contains("Giải " + title);
		mvc.perform(as("danang", get(location + "/delete"))).andExpect(status().isForbidden());
	}

}
