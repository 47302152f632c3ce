package vn.hoptac.reviews;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
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
class ReviewPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService userDetails;

	SignedInAs signedIn;

	long thaiNguyen;

	long partnership;

	String title;

	@BeforeEach
	void setUp() throws Exception {
		signedIn = new SignedInAs(userDetails);
		Api admin = new Api(mvc).as("admin");
		thaiNguyen = admin.localityId("VN-19");
		title = "Trang rà soát " + UUID.randomUUID();
		partnership = Api.id(admin.post("/api/v1/partnerships", """
				{"title": "%s", "level": "PROVINCE", "vnLocalityId": %d, "foreignLocalityId": %d,
				 "duplicateIntended": true, "statuses": [{"status": "FORMAL", "date": "2012-03"}]}"""
			.formatted(title, thaiNguyen, admin.localityId("KR-37"))));
	}

	private MockHttpServletRequestBuilder as(String username, String lang, MockHttpServletRequestBuilder request) {
		return request.param("lang", lang).with(signedIn.user(username));
	}

	private String html(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	@Test
	void aReviewWrittenThroughTheFormShowsOnItsPageTheHealthPageAndTheList() throws Exception {
		int year = LocalDate.now().getYear() - 1;
		String form = html(as("thainguyen", "vi", get("/reviews/new").param("partnership", "" + partnership)
			.param("kind", "ANNUAL")
			.param("year", "" + year)));
		assertThat(form).contains("Mục tiêu đạt được", "Nguồn lực huy động", title);

		String location = mvc
			.perform(as("thainguyen", "vi", post("/reviews")).with(csrf())
				.param("partnershipId", "" + partnership)
				.param("kind", "ANNUAL")
				.param("periodYear", "" + year)
				.param("reviewedOn", year + 1 + "-01-15")
				.param("objectivesRating", "NOT_MET")
				.param("objectivesNote", "Không có hoạt động từ 2012")
				.param("conclusion", "ADJUST"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/reviews/*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();

		assertThat(html(as("thainguyen", "vi", get(location)))).contains("Không đạt", "Không có hoạt động từ 2012",
				"Điều chỉnh", "Năm " + year);
		assertThat(html(as("thainguyen", "en", get(location)))).contains("Not met", "Adjust", "Objectives met");
		assertThat(html(as("thainguyen", "en", get("/partnerships/{id}/health", partnership))))
			.contains("Relationship health", "Dormant", "Symbolic cooperation", "Latest review");
		assertThat(html(as("thainguyen", "vi", get("/reviews").param("partnership", "" + partnership))))
			.contains(title, "Điều chỉnh");
		assertThat(html(as("thainguyen", "ko", get("/attention")))).contains("관심이 필요한 파트너십", title);
		assertThat(html(as("thainguyen", "vi", get("/partnerships/{id}", partnership))))
			.contains("/partnerships/" + partnership + "/health");
	}

	@Test
	void theFormShowsTheServicesObjectionsAtTheirFields() throws Exception {
		String page = html(as("thainguyen", "en", post("/reviews")).with(csrf())
			.param("partnershipId", "" + partnership)
			.param("kind", "SEMIANNUAL")
			.param("periodYear", "2020")
			.param("reviewedOn", LocalDate.now().plusDays(10).toString())
			.param("conclusion", "CONTINUE"));
		assertThat(page).contains("A six-monthly review needs its half year",
				"The review date cannot be in the future");
	}

	@Test
	void anotherProvincesOfficerGetsNoFormOnTheirRecords() throws Exception {
		mvc.perform(as("partner", "vi", get("/reviews/new"))).andExpect(status().isForbidden());
		mvc.perform(as("danang", "vi", get("/partnerships/{id}/health", partnership)))
			.andExpect(status().isForbidden());
	}

}
