package vn.hoptac.overview.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
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

/** A locality's and an organisation's page list the partnerships and agreements they take part in. */
@ApiTest
class InvolvedRecordsPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService userDetails;

	SignedInAs signedIn;

	Api officer;

	long thaiNguyen;

	long gyeongbuk;

	@BeforeEach
	void setUp() throws Exception {
		signedIn = new SignedInAs(userDetails);
		officer = new Api(mvc).as("thainguyen");
		thaiNguyen = officer.localityId("VN-19");
		gyeongbuk = officer.localityId("KR-37");
	}

	@Test
	void aProvinceListsTheRecordsOfItsPredecessorsAndFormerDistrictsWithinTheReadersScope() throws Exception {
		String title = "Thỏa thuận Pác Nặm – Gyeongsangbuk kiểm thử " + UUID.randomUUID();
		long pacNam = officer.localityId("VN-D-060"); // a district of Bắc Kạn, merged into Thái Nguyên
		long id = Api.id(officer.post("/api/v1/agreements", """
				{"title": "%s", "kind": "MOU", "legalBasis": "INTERNATIONAL_AGREEMENT", "level": "DISTRICT",
				 "parties": [{"side": "VN", "localityId": %d}, {"side": "FOREIGN", "localityId": %d}]}"""
			.formatted(title, pacNam, gyeongbuk)).andExpect(status().isCreated()));

		String province = section(page("thainguyen", "/localities/" + thaiNguyen), "involved-agreements");
		assertThat(province).contains(title, "href=\"/agreements/" + id + "\"", "Pác Nặm", "Gyeongsangbuk");
		assertThat(section(page("thainguyen", "/localities/" + thaiNguyen), "involved-partnerships"))
			.contains("Quan hệ đối tác", "Gyeongsangbuk");
		assertThat(section(page("thainguyen", "/localities/" + officer.localityId("VN-63-06")), "involved-agreements"))
			.as("Bắc Kạn's own page").contains(title);
		assertThat(section(page("thainguyen", "/localities/" + gyeongbuk), "involved-agreements"))
			.as("the foreign party's page").contains(title);
		// internal to Thái Nguyên: another province's officer and visitors do not see it
		assertThat(page("langson", "/localities/" + thaiNguyen)).doesNotContain(title).contains("id=\"involved-agreements\"");
		assertThat(html(get("/localities/" + thaiNguyen).param("lang", "vi"))).doesNotContain(title);
	}

	@Test
	void anOrganisationListsItsRecordsOrSaysThereAreNoneYet() throws Exception {
		String name = "Trường kiểm thử " + UUID.randomUUID();
		long school = Api.id(officer.post("/api/v1/organisations", """
				{"type": "UNIVERSITY", "names": {"vi": "%s"}, "country": "VN", "localityId": %d}"""
			.formatted(name, thaiNguyen)).andExpect(status().isCreated()));
		String empty = page("thainguyen", "/organisations/" + school);
		assertThat(section(empty, "involved-partnerships")).contains("Chưa có.");
		assertThat(section(empty, "involved-agreements")).contains("Chưa có.");
		assertThat(section(page("thainguyen", "/organisations/" + school, "en"), "involved-agreements"))
			.contains("None yet.");

		String title = "Thỏa thuận của trường kiểm thử " + UUID.randomUUID();
		Api.id(officer.post("/api/v1/agreements", """
				{"title": "%s", "kind": "MOU", "legalBasis": "INTERNATIONAL_AGREEMENT", "level": "PROVINCE",
				 "parties": [{"side": "VN", "organisationId": %d}, {"side": "FOREIGN", "localityId": %d}]}"""
			.formatted(title, school, gyeongbuk)).andExpect(status().isCreated()));
		String listed = page("thainguyen", "/organisations/" + school);
		assertThat(section(listed, "involved-agreements")).contains(title, name).doesNotContain("Chưa có.");
		assertThat(section(listed, "involved-partnerships")).contains("Chưa có.");
	}

	private String page(String username, String path) throws Exception {
		return page(username, path, "vi");
	}

	private String page(String username, String path, String language) throws Exception {
		return html(get(path).param("lang", language).with(signedIn.user(username)));
	}

	private String html(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	private static String section(String page, String id) {
		int start = page.indexOf("id=\"" + id + "\"");
		return start < 0 ? "" : page.substring(start, page.indexOf("</section>", start));
	}

}
