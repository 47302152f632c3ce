package vn.hoptac.partners.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;

import vn.hoptac.Api;
import vn.hoptac.ApiTest;
import vn.hoptac.SignedInAs;

@ApiTest
class PartnershipPagesTests {

	static final String SEED_TITLE = "Quan hệ hợp tác hữu nghị tỉnh Thái Nguyên – tỉnh Gyeongsangbuk (Hàn Quốc)";

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

	/** A page request in Vietnamese, signed in (the language is saved per user, so name it). */
	private MockHttpServletRequestBuilder as(String username, MockHttpServletRequestBuilder request) {
		return request.param("lang", "vi").with(signedIn.user(username));
	}

	private String html(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	private long seedPartnershipId() throws Exception {
		List<Integer> ids = Api.read(admin.get("/api/v1/partnerships?q={q}", "Thái Nguyên Gyeongsangbuk hữu nghị"),
				"$.items[?(@.title == '" + SEED_TITLE + "')].id");
		assertThat(ids).hasSize(1);
		return ids.get(0);
	}

	private long count(String q) throws Exception {
		return ((Number) Api.read(admin.get("/api/v1/partnerships?q={q}", q), "$.total")).longValue();
	}

	/**
	 * A new internal partnership of Thái Nguyên with Gyeongsangbuk (by code), through the page form
	 * (internal, so visitors still see only the seed); pairs of {@code name, value} replace or add fields.
	 */
	private MockHttpServletRequestBuilder createForm(String title, String... changes) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("title", title);
		fields.put("level", "PROVINCE");
		fields.put("vnParty", "locality:" + thaiNguyen);
		fields.put("foreignPartyCode", "KR-37");
		fields.put("visibility", "INTERNAL");
		fields.put("duplicateIntended", "true");
		fields.put("types[0].type", "FRIENDSHIP");
		fields.put("types[0].date", "2004");
		fields.put("types[1].date", "");
		fields.put("statuses[0].status", "ACTIVE");
		fields.put("statuses[0].date", "2018-11");
		fields.put("milestones[0].date", "");
		fields.put("milestones[1].date", "2018-11-27");
		fields.put("milestones[1].title", "Ký biên bản ghi nhớ kiểm thử");
		fields.put("milestones[1].source", "Báo cáo 2018");
		for (int i = 0; i + 1 < changes.length; i += 2) {
			fields.put(changes[i], changes[i + 1]);
		}
		MockHttpServletRequestBuilder request = as("thainguyen", post("/partnerships")).with(csrf())
			.param("fields", "AGRICULTURE", "CULTURE");
		fields.forEach(request::param);
		return request;
	}

	@Test
	void listsSeedDataWithFacetsAsAPlainForm() throws Exception {
		String page = html(get("/partnerships").param("q", "gyeongsangbuk"));
		assertThat(page).contains("<html", "id=\"facet-country\"", "id=\"facet-locality\"", "name=\"decade\"",
				"name=\"field\"", "id=\"partnership-rows\"", "hx-push-url=\"true\"", "Hàn Quốc", SEED_TITLE);
		assertThat(page).contains("from:#partnership-q").doesNotContain("<script>", "style=\"");
	}

	@Test
	void searchWithoutDiacriticsFindsThaiNguyen() throws Exception {
		String id = String.valueOf(seedPartnershipId());
		for (String q : List.of("thai nguyen gyeongsangbuk", "Thái Nguyên gyeongsangbuk",
				Normalizer.normalize("Thái Nguyên gyeongsangbuk", Normalizer.Form.NFD))) {
			assertThat(html(get("/partnerships").param("q", q))).as(q).contains("/partnerships/" + id + "\"");
		}
		assertThat(html(get("/partnerships").param("q", "thai nguyen").param("country", "JP")))
			.doesNotContain(SEED_TITLE);
	}

	@Test
	void filtersByCurrentProvinceAndDecade() throws Exception {
		String id = String.valueOf(seedPartnershipId());
		assertThat(html(get("/partnerships").param("locality", String.valueOf(thaiNguyen)).param("decade", "2000")))
			.contains("/partnerships/" + id + "\"");
		assertThat(html(get("/partnerships").param("locality", String.valueOf(thaiNguyen)).param("decade", "1990")))
			.doesNotContain("/partnerships/" + id + "\"");
	}

	@Test
	void htmxRequestGetsOnlyTheRows() throws Exception {
		mvc.perform(get("/partnerships").param("q", "thai nguyen").header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(startsWith("<div id=\"partnership-rows\"")))
			.andExpect(content().string(not(containsString("<html"))))
			.andExpect(content().string(not(containsString("facet-country"))))
			.andExpect(content().string(containsString(SEED_TITLE)));
		// htmx restoring history after a cache miss needs the whole page
		mvc.perform(get("/partnerships").header("HX-Request", "true").header("HX-History-Restore-Request", "true"))
			.andExpect(content().string(containsString("<html")));
	}

	@Test
	void detailShowsPartiesMilestonesAndHistories() throws Exception {
		long id = seedPartnershipId();
		String page = html(get("/partnerships/{id}", id));
		assertThat(page).contains(SEED_TITLE, "Triển khai mô hình làng kiểu mẫu Saemaul tại Phú Bình",
				"class=\"timeline\"", "Hữu nghị", "Đang hợp tác hiệu quả", "Nông nghiệp",
				"hx-get=\"/agreements?partnership=" + id + "\"");
		// anonymous visitors see no history tab and no edit button
		assertThat(page).doesNotContain("/partnerships/" + id + "/history", "/partnerships/" + id + "/edit");
		assertThat(html(as("thainguyen", get("/partnerships/{id}", id)))).contains("/partnerships/" + id + "/history",
				"/partnerships/" + id + "/edit");
	}

	@Test
	void createsThroughTheFormAndShowsTheRecordWithItsHistory() throws Exception {
		String title = "Thái Nguyên – Gyeongsangbuk kiểm thử " + UUID.randomUUID();
		String location = mvc.perform(createForm(title))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/partnerships/*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		String page = html(as("thainguyen", get(location)));
		assertThat(page).contains(title, "Ký biên bản ghi nhớ kiểm thử", "Báo cáo 2018", "Gyeongsangbuk",
				"Hữu nghị", "Văn hóa", "Nội bộ");
		assertThat(html(as("thainguyen", get(location + "/history")))).contains("Tạo mới", "thainguyen", title);
		mvc.perform(get(location + "/history").accept(MediaType.TEXT_HTML)).andExpect(status().is3xxRedirection());
	}

	@Test
	void invalidInputIsShownInlineAndNothingIsWritten() throws Exception {
		String marker = UUID.randomUUID().toString();
		String page = html(createForm("Kiểm thử lỗi " + marker, "level", "", "statuses[0].status", ""));
		assertThat(page).contains("Trường này là bắt buộc.", "class=\"field-error\"", marker,
				HtmlUtils.htmlEscape("Ký biên bản ghi nhớ kiểm thử"));
		page = html(createForm("Kiểm thử lỗi " + marker, "milestones[1].date", "2018-13"));
		assertThat(page).contains("2018-13", "không hợp lệ; dùng năm (2004)");
		assertThat(count(marker)).isZero();
	}

	@Test
	void aValueLongerThanItsColumnIsShownAtItsFieldAndNothingIsSaved() throws Exception {
		String marker = UUID.randomUUID().toString();
		String page = html(createForm("Kiểm thử độ dài " + marker, "milestones[1].title", "m".repeat(501),
				"description", "d".repeat(4001)));
		assertThat(page).contains("Quá dài: tối đa 500 ký tự.", "Quá dài: tối đa 4.000 ký tự.", "class=\"field-error\"");
		assertThat(count(marker)).isZero();
		// the limits are the columns': at the limit the form saves
		mvc.perform(createForm("Kiểm thử độ dài " + marker, "milestones[1].title", "m".repeat(500)))
			.andExpect(status().is3xxRedirection());
		assertThat(count(marker)).isOne();
	}

	@Test
	void editsWithTheVersionReadAndRefusesAStaleOne() throws Exception {
		String title = "Kiểm thử sửa " + UUID.randomUUID();
		String location = mvc.perform(createForm(title)).andReturn().getResponse().getRedirectedUrl();
		String form = html(as("thainguyen", get(location + "/edit")));
		// form fields carry their values HTML-escaped (Spring's escaping: named entities)
		assertThat(form).contains("name=\"version\" value=\"0\"", "value=\"" + HtmlUtils.htmlEscape(title) + "\"",
				"value=\"" + HtmlUtils.htmlEscape("Ký biên bản ghi nhớ kiểm thử") + "\"")
			.containsPattern("value=\"locality:" + thaiNguyen + "\"\\s+selected");
		mvc.perform(as("thainguyen", post(location + "/edit")).with(csrf())
			.param("title", title + " (sửa)")
			.param("level", "PROVINCE")
			.param("vnParty", "locality:" + thaiNguyen)
			.param("foreignPartyCode", "KR-37")
			.param("duplicateIntended", "true")
			.param("version", "0")).andExpect(status().is3xxRedirection());
		assertThat(html(as("thainguyen", post(location + "/edit")).with(csrf())
			.param("title", title + " (cũ)")
			.param("level", "PROVINCE")
			.param("vnParty", "locality:" + thaiNguyen)
			.param("foreignPartyCode", "KR-37")
			.param("duplicateIntended", "true")
			.param("version", "0"))).contains("Bản ghi đã được người khác thay đổi");
		assertThat(html(as("thainguyen", get(location)))).contains(title + " (sửa)");
		mvc.perform(get(location).accept(MediaType.TEXT_HTML)).andExpect(status().is3xxRedirection());
	}

	@Test
	void anOfficerOfAnotherProvinceMayNotEdit() throws Exception {
		long id = seedPartnershipId();
		mvc.perform(as("langson", get("/partnerships/{id}/edit", id))).andExpect(status().isForbidden());
		mvc.perform(as("langson", post("/partnerships/{id}/edit", id)).with(csrf())
			.param("title", "Lạng Sơn không được sửa")
			.param("level", "PROVINCE")).andExpect(status().isForbidden());
		assertThat(html(as("langson", get("/partnerships/{id}", id)))).doesNotContain("/partnerships/" + id + "/edit");
		mvc.perform(get("/partnerships/new").accept(MediaType.TEXT_HTML)).andExpect(status().is3xxRedirection());
		mvc.perform(as("partner", get("/partnerships/new"))).andExpect(status().isForbidden());
	}

	@Test
	void escapesMarkupInTitles() throws Exception {
		String marker = UUID.randomUUID().toString();
		String title = "<script>alert(1)</script> " + marker;
		String location = mvc.perform(createForm(title)).andReturn().getResponse().getRedirectedUrl();
		for (String page : List.of(html(as("thainguyen", get("/partnerships").param("q", marker))),
				html(as("thainguyen", get(location))))) {
			assertThat(page).contains("&lt;script&gt;alert(1)&lt;/script&gt; " + marker)
				.doesNotContain("<script>alert(1)");
		}
	}

	@Test
	void speaksKoreanAndEnglish() throws Exception {
		assertThat(html(get("/partnerships").param("lang", "ko"))).contains("교류 관계", "상대 국가", "한국", "우호 교류");
		assertThat(html(get("/partnerships/{id}", seedPartnershipId()).param("lang", "en"))).contains("Milestones",
				"Friendship", "South Korea");
	}

	@Test
	void unknownIdIsNotFound() throws Exception {
		mvc.perform(get("/partnerships/{id}", 987654321)).andExpect(status().isNotFound());
	}

}
