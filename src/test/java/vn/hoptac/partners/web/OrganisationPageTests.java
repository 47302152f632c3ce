package vn.hoptac.partners.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import vn.hoptac.Api;
import vn.hoptac.ApiTest;
import vn.hoptac.SignedInAs;

@ApiTest
class OrganisationPageTests {

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

	private long createOrganisation(String nameVi) throws Exception {
		return Api.id(new Api(mvc).as("thainguyen").post("/api/v1/organisations", """
				{"type": "BUSINESS", "names": {"vi": %s}, "country": "VN", "localityId": %d}"""
			.formatted(json(nameVi), thaiNguyen)).andExpect(status().isCreated()));
	}

	private static String json(String text) {
		return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
	}

	private long organisationCount() throws Exception {
		return ((Number) Api.read(admin.get("/api/v1/organisations?size=1"), "$.total")).longValue();
	}

	@Test
	void listsOrganisationsWithFacetsAndRefreshesOnlyTheRowsForHtmx() throws Exception {
		String name = "Công ty Kiểm thử Danh sách " + UUID.randomUUID();
		createOrganisation(name);
		mvc.perform(get("/organisations").param("q", "cong ty kiem thu danh sach").with(signedIn.user("thainguyen")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<html")))
			.andExpect(content().string(containsString("id=\"filters\"")))
			.andExpect(content().string(containsString("hx-push-url=\"true\"")))
			.andExpect(content().string(containsString(name)))
			.andExpect(content().string(containsString("Doanh nghiệp")));
		mvc.perform(get("/organisations").param("q", "cong ty kiem thu danh sach")
			.header("HX-Request", "true")
			.with(signedIn.user("thainguyen")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("<html"))))
			.andExpect(content().string(not(containsString("id=\"filters\""))))
			.andExpect(content().string(containsString("id=\"rows\"")))
			.andExpect(content().string(containsString(name)));
	}

	@Test
	void showsAnOrganisationWithEditButtonsOnlyToThoseWhoMayChangeIt() throws Exception {
		String name = "Hợp tác xã Kiểm thử " + UUID.randomUUID();
		long id = createOrganisation(name);
		mvc.perform(get("/organisations/{id}", id).with(signedIn.user("thainguyen")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(name)))
			.andExpect(content().string(containsString("Thái Nguyên")))
			.andExpect(content().string(containsString("id=\"edit-organisation\"")));
		mvc.perform(get("/organisations/{id}", id).with(signedIn.user("mofa")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(name)))
			.andExpect(content().string(not(containsString("id=\"edit-organisation\""))));
		mvc.perform(get("/organisations/{id}", id).with(signedIn.user("langson")))
			.andExpect(status().isForbidden())
			.andExpect(content().string(not(containsString("\"status\""))));
		mvc.perform(get("/organisations/{id}", id).accept(org.springframework.http.MediaType.TEXT_HTML))
			.andExpect(redirectedUrl("/login"));
		mvc.perform(get("/organisations/{id}/edit", id).with(signedIn.user("mofa"))).andExpect(status().isForbidden());
		mvc.perform(get("/organisations/{id}", Long.MAX_VALUE).with(signedIn.user("admin")))
			.andExpect(status().isNotFound());
	}

	@Test
	void rejectsAnIncompleteFormWithTheApisMessagesNextToTheFieldsAndWritesNothing() throws Exception {
		mvc.perform(get("/organisations/new").with(signedIn.user("thainguyen")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"organisation-form\"")));
		long before = organisationCount();
		List<String> apiMessages = Api.read(new Api(mvc).as("thainguyen").post("/api/v1/organisations", """
				{"type": "BUSINESS", "names": {"vi": " "}, "country": "VN", "localityId": %d}"""
			.formatted(admin.localityId("KR-37"))).andExpect(status().isBadRequest()), "$.errors[*].message");
		assertThat(apiMessages).contains("Trường này là bắt buộc.", "Địa phương phải thuộc cùng quốc gia với tổ chức.");

		String page = mvc
			.perform(post("/organisations").with(signedIn.user("thainguyen"))
				.with(csrf())
				.param("type", "BUSINESS")
				.param("names.vi", " ")
				.param("names.en", "Kept as typed")
				.param("country", "VN")
				.param("localityId", String.valueOf(admin.localityId("KR-37")))
				.param("visibility", "INTERNAL"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		for (String message : apiMessages) {
			assertThat(page).contains("<p class=\"field-error\"").contains(message);
		}
		assertThat(page).contains("id=\"f-names-vi-error\"").contains("value=\"Kept as typed\"");
		assertThat(organisationCount()).isEqualTo(before);
	}

	@Test
	void aNameLongerThanItsColumnIsShownAtItsField() throws Exception {
		String page = mvc
			.perform(post("/organisations").with(signedIn.user("thainguyen"))
				.with(csrf())
				.param("type", "BUSINESS")
				.param("names.vi", "Công ty kiểm thử")
				.param("names.en", "n".repeat(301))
				.param("country", "VN")
				.param("localityId", String.valueOf(thaiNguyen))
				.param("visibility", "INTERNAL"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Quá dài: tối đa 300 ký tự.");
	}

	@Test
	void createsAndEditsThroughTheFormAndRefusesAStaleVersion() throws Exception {
		String name = "Viện Kiểm thử Biểu mẫu " + UUID.randomUUID();
		mvc.perform(post("/organisations").with(signedIn.user("thainguyen"))
			.with(csrf())
			.param("type", "RESEARCH_INSTITUTE")
			.param("names.vi", name)
			.param("country", "VN")
			.param("localityId", String.valueOf(thaiNguyen))
			.param("visibility", "INTERNAL")).andExpect(redirectedUrlPattern("/organisations/*"));
		long id = ((Number) Api.<List<Integer>>read(admin.get("/api/v1/organisations?q={q}", name), "$.items[*].id").get(0))
			.longValue();

		mvc.perform(get("/organisations/{id}/edit", id).with(signedIn.user("thainguyen")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"version\" value=\"0\"")))
			.andExpect(content().string(containsString(name)));
		mvc.perform(post("/organisations/{id}", id).with(signedIn.user("thainguyen"))
			.with(csrf())
			.param("version", "0")
			.param("type", "RESEARCH_INSTITUTE")
			.param("names.vi", name)
			.param("names.en", "Test Institute")
			.param("country", "VN")
			.param("localityId", String.valueOf(thaiNguyen))
			.param("visibility", "INTERNAL")).andExpect(redirectedUrl("/organisations/" + id));
		admin.get("/api/v1/organisations/{id}", id)
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.names.en")
				.value("Test Institute"));

		mvc.perform(post("/organisations/{id}", id).with(signedIn.user("thainguyen"))
			.with(csrf())
			.param("version", "0")
			.param("type", "RESEARCH_INSTITUTE")
			.param("names.vi", name)
			.param("names.en", "Overwrites someone else's change")
			.param("country", "VN")
			.param("visibility", "INTERNAL"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Bản ghi đã được người khác thay đổi")));
		admin.get("/api/v1/organisations/{id}", id)
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.names.en")
				.value("Test Institute"));
	}

	@Test
	void escapesNamesThatLookLikeMarkup() throws Exception {
		String name = "<script>alert(1)</script>";
		long id = createOrganisation(name);
		for (var request : List.of(get("/organisations/{id}", id), get("/organisations").param("q", "alert(1)"),
				get("/organisations/{id}/edit", id))) {
			String page = mvc.perform(request.with(signedIn.user("thainguyen")))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(page).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>alert(1)");
		}
	}

	@Test
	void offersLocalitiesMatchingTheFormsSearchBox() throws Exception {
		mvc.perform(get("/organisations/locality-options").param("localityQuery", "gyeongsangbuk")
			.param("country", "KR")
			.header("HX-Request", "true")
			.with(signedIn.user("thainguyen")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<option")))
			.andExpect(content().string(containsString("value=\"" + admin.localityId("KR-37") + "\"")))
			.andExpect(content().string(not(containsString("Thái Nguyên"))));
	}

	@Test
	void aDeleteBasedOnAStaleVersionIsRefusedAndDeletesNothing() throws Exception {
		Api writer = new Api(mvc).as("thainguyen");
		long id = createOrganisation("Công ty Kiểm thử Phiên bản " + UUID.randomUUID());
		writer.put("/api/v1/organisations/{id}", """
				{"type": "BUSINESS", "names": {"vi": "Công ty đã đổi tên %s"}, "country": "VN", "localityId": %d,
				 "version": 0}""".formatted(UUID.randomUUID(), thaiNguyen), id).andExpect(status().isOk());
		mvc.perform(get("/organisations/{id}", id).with(signedIn.user("thainguyen")))
			.andExpect(content().string(containsString("name=\"version\" value=\"1\"")));

		writer.delete("/api/v1/organisations/{id}?version=0", id).andExpect(status().isConflict());
		mvc.perform(post("/organisations/{id}/delete", id).param("version", "0")
			.with(signedIn.user("thainguyen"))
			.with(csrf()))
			.andExpect(redirectedUrl("/organisations/" + id))
			.andExpect(flash().attributeExists("problems"));
		writer.get("/api/v1/organisations/{id}", id).andExpect(status().isOk());

		mvc.perform(post("/organisations/{id}/delete", id).param("version", "1")
			.with(signedIn.user("thainguyen"))
			.with(csrf())).andExpect(redirectedUrl("/organisations"));
		writer.get("/api/v1/organisations/{id}", id).andExpect(status().isNotFound());
	}

}
