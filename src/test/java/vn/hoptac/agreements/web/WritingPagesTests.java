package vn.hoptac.agreements.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;

import vn.hoptac.Api;
import vn.hoptac.ApiTest;
import vn.hoptac.SignedInAs;

/**
 * The writing pages: quicker partnership and agreement forms (presets, pickers that search,
 * prefilled parties, every problem at once, warnings), duplicates, and the delete steps.
 */
@ApiTest
class WritingPagesTests {

	static final String SEED_PARTNERSHIP = "Quan hệ hợp tác hữu nghị tỉnh Thái Nguyên – tỉnh Gyeongsangbuk (Hàn Quốc)";

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService userDetails;

	SignedInAs signedIn;

	Api admin;

	long thaiNguyen;

	long gyeongbuk;

	@BeforeEach
	void setUp() throws Exception {
		signedIn = new SignedInAs(userDetails);
		admin = new Api(mvc).as("admin");
		thaiNguyen = admin.localityId("VN-19");
		gyeongbuk = admin.localityId("KR-37");
	}

	private MockHttpServletRequestBuilder as(String username, String language, MockHttpServletRequestBuilder request) {
		return request.param("lang", language).with(signedIn.user(username));
	}

	private String html(MockHttpServletRequestBuilder request) throws Exception {
		return HtmlUtils.htmlUnescape(
				mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
	}

	/** An internal agreement of Thái Nguyên with Gyeongsangbuk, signed on that date. */
	private long signedAgreement(String title, String signedOn) throws Exception {
		return Api.id(admin.post("/api/v1/agreements", """
				{"title": "%s%s", "kind": "MOU", "legalBasis": "INTERNATIONAL_AGREEMENT", "level": "PROVINCE",
				 "signedOn": "%s", "parties": [{"side": "VN", "localityId": %d}, {"side": "FOREIGN", "localityId": %d}]}"""
			.formatted(title, UUID.randomUUID(), signedOn, thaiNguyen, gyeongbuk)).andExpect(status().isCreated()));
	}

	private long seedPartnership() throws Exception {
		List<Integer> ids = Api.read(admin.get("/api/v1/partnerships?q={q}", "Thái Nguyên Gyeongsangbuk hữu nghị"),
				"$.items[?(@.title == '" + SEED_PARTNERSHIP + "')].id");
		return ids.get(0);
	}

	@Test
	void theSisterRelationTypeShowsMofasGuidanceAsAWarningInEachLanguage() throws Exception {
		assertThat(html(as("thainguyen", "vi", get("/partnerships/new"))))
			.contains("class=\"notice warning sister-warning\"", "từ năm 1994", "thành phố kết nghĩa");
		assertThat(html(as("thainguyen", "en", get("/partnerships/new")))).contains("since 1994", "thành phố kết nghĩa");
		assertThat(html(as("thainguyen", "ko", get("/partnerships/new")))).contains("1994년", "thành phố kết nghĩa");
		String css = mvc.perform(get("/css/app.css")).andReturn().getResponse().getContentAsString();
		assertThat(css).contains(".sister-warning { display: none; }",
				"form:has(option[value=\"SISTER\"]:checked) .sister-warning { display: block; }");
		// a warning, not a refusal
		String location = mvc.perform(as("thainguyen", "vi", post("/partnerships")).with(csrf())
			.param("title", "Kết nghĩa thử " + UUID.randomUUID())
			.param("level", "PROVINCE")
			.param("vnParty", "locality:" + thaiNguyen)
			.param("foreignPartyCode", "KR-37")
			.param("duplicateIntended", "true")
			.param("types[0].type", "SISTER")
			.param("types[0].date", "2024"))
			.andExpect(status().is3xxRedirection())
			.andReturn().getResponse().getRedirectedUrl();
		assertThat(location).matches("/partnerships/\\d+");
	}

	@Test
	void formsPresetTheOfficersProvinceOrUnitAndStartWithoutHundredsOfOptions() throws Exception {
		String partnership = html(as("thainguyen", "vi", get("/partnerships/new")));
		assertThat(partnership).containsPattern("value=\"locality:" + thaiNguyen + "\"\\s+selected");
		assertThat(options(select(partnership, "vnParty"))).isEqualTo(2);
		assertThat(options(select(partnership, "foreignParty"))).isEqualTo(1);
		String agreement = html(as("thainguyen", "en", get("/agreements/new")));
		assertThat(agreement).containsPattern("value=\"locality:" + thaiNguyen + "\"\\s+selected");
		assertThat(html(as("admin", "vi", get("/partnerships/new")))).doesNotContainPattern("value=\"locality:\\d+\"\\s+selected");
	}

	private static String select(String page, String name) {
		Matcher m = Pattern.compile("<select[^>]*name=\"" + Pattern.quote(name) + "\"[\\s\\S]*?</select>").matcher(page);
		assertThat(m.find()).as(name).isTrue();
		return m.group();
	}

	private static int options(String page) {
		Matcher m = Pattern.compile("<option").matcher(page);
		int count = 0;
		while (m.find()) {
			count++;
		}
		return count;
	}

	@Test
	void thePartyPickerFiltersAsOneTypesWithOrWithoutDiacritics() throws Exception {
		String foreign = html(as("thainguyen", "vi", get("/party-options").param("side", "foreign")
			.param("partyQuery", "gyeongsang")));
		assertThat(foreign).contains("value=\"locality:" + gyeongbuk + "\"").doesNotContain("(VN-");
		String vietnamese = html(as("thainguyen", "vi", get("/party-options").param("side", "vn")
			.param("partyQuery", "thai nguyen")));
		assertThat(vietnamese).contains("value=\"locality:" + thaiNguyen + "\"", "Thái Nguyên").doesNotContain("KR-");
		assertThat(html(as("thainguyen", "en", get("/party-options").param("partyQuery", "zzzxq"))))
			.contains("No party found");
	}

	@Test
	void aPartnershipOffersANewAgreementWhoseFormHasItsParties() throws Exception {
		long id = seedPartnership();
		String detail = html(as("thainguyen", "vi", get("/partnerships/{id}", id)));
		assertThat(detail).contains("href=\"/agreements/new?partnership=" + id + "\"", "Thêm thỏa thuận");

		String form = html(as("thainguyen", "vi", get("/agreements/new").param("partnership", String.valueOf(id))));
		assertThat(form).containsPattern("value=\"locality:" + gyeongbuk + "\"\\s+selected")
			.containsPattern("value=\"" + id + "\"[^>]*\\sselected");

		// choosing the partnership on the form (htmx) refills the parties table
		String rows = html(as("thainguyen", "vi", post("/agreements/form/party-rows")).with(csrf())
			.param("partnershipId", String.valueOf(id))
			.param("parties[0].side", "VN")
			.param("parties[1].side", "FOREIGN"));
		assertThat(rows).startsWith("<table").contains("id=\"party-rows\"")
			.containsPattern("value=\"locality:" + gyeongbuk + "\"\\s+selected");
	}

	@Test
	void everyProblemIsReportedOnTheFirstSubmit() throws Exception {
		String page = html(as("thainguyen", "en", post("/agreements")).with(csrf())
			.param("title", "")
			.param("kind", "MOU")
			.param("legalBasis", "INTERNATIONAL_AGREEMENT")
			.param("signedOn", "15/03/2024")
			.param("parties[0].side", "VN")
			.param("parties[0].party", "locality:" + thaiNguyen));
		assertThat(page).contains("15/03/2024") // the unreadable date, kept and named
			.contains("This field is required.", "At least one foreign party is required.");
		assertThat(errorFor(page, "title")).isTrue();
		assertThat(errorFor(page, "level")).isTrue();
		assertThat(errorFor(page, "signedOn")).isTrue();

		String partnership = html(as("thainguyen", "en", post("/partnerships")).with(csrf())
			.param("vnParty", "locality:" + thaiNguyen)
			.param("milestones[0].date", "2024-13")
			.param("milestones[0].title", "Ký kết"));
		assertThat(errorFor(partnership, "level")).isTrue();
		assertThat(errorFor(partnership, "foreignParty")).isTrue();
	}

	/** The field's wrapper is marked as having an error (the message is shown under it). */
	private static boolean errorFor(String page, String field) {
		return Pattern.compile("has-error\"[^>]*>\\s*<label for=\"" + Pattern.quote(field) + "\"").matcher(page).find()
				|| Pattern.compile("<label for=\"" + Pattern.quote(field) + "\"[\\s\\S]{0,1500}?field-error").matcher(page).find();
	}

	@Test
	void aSigningDateInTheFutureIsFlaggedNotRefused() throws Exception {
		String future = LocalDate.now().plusYears(1).toString();
		assertThat(html(as("thainguyen", "vi", get("/agreements/form/signing-date-check").param("signedOn", future))))
			.contains("id=\"signedOn-warning\"", "Ngày ký ở tương lai");
		assertThat(html(as("thainguyen", "vi", get("/agreements/form/signing-date-check").param("signedOn", "2020"))))
			.contains("id=\"signedOn-warning\"").doesNotContain("tương lai");

		long id = signedAgreement("Bản ghi nhớ dự kiến ", future);
		assertThat(html(as("thainguyen", "en", get("/agreements/{id}", id)))).contains("The signing date is in the future");
		// and the date follows the history: shown, not edited, on the form
		assertThat(html(as("thainguyen", "en", get("/agreements/{id}/edit", id))))
			.containsPattern("<input(?=[^>]*name=\"signedOn\")(?=[^>]*readonly)[^>]*>").contains("withdraw that step");
	}

	@Test
	void anActionOutOfOrderIsRefusedAtItsFieldOnThePage() throws Exception {
		long id = signedAgreement("Bản ghi nhớ ", "2024-05-10");
		String page = html(as("thainguyen", "vi", post("/agreements/{id}/actions", id)).with(csrf())
			.param("type", "IN_FORCE")
			.param("date", "2024-05-01"));
		assertThat(page).contains("Có hiệu lực (01/05/2024) không thể trước Ký kết (10/05/2024)");
		assertThat(errorFor(page, "date")).isTrue();
		assertThat(html(as("thainguyen", "en", post("/agreements/{id}/actions", id)).with(csrf())
			.param("type", "IN_FORCE")
			.param("date", "2024-04"))).contains("In force (Apr 2024) cannot be dated before Signed (10 May 2024)");
	}

	@Test
	void theRecordAStepFormTakesAYearAMonthOrABoundAsTheApiDoes() throws Exception {
		long id = signedAgreement("Bản ghi nhớ ngày một phần ", "2005");
		assertThat(html(as("thainguyen", "vi", get("/agreements/{id}", id))))
			.containsPattern("<input(?=[^>]*name=\"date\")(?=[^>]*type=\"text\")(?=[^>]*aria-describedby=\"action-date-hint\")[^>]*>")
			.contains("Năm (2004), tháng (2018-11), ngày (2018-11-27) hoặc trước một thời điểm (..2020-12)");
		for (String date : new String[] { "2005-04", "..2006" }) {
			mvc.perform(as("thainguyen", "vi", post("/agreements/{id}/actions", id)).with(csrf())
				.param("type", "REPORTED_TO_PM_MOFA")
				.param("date", date)).andExpect(redirectedUrl("/agreements/" + id + "#actions"));
		}
		mvc.perform(as("thainguyen", "en", post("/agreements/{id}/actions", id)).with(csrf())
			.param("type", "IN_FORCE")
			.param("date", "2005-07")).andExpect(redirectedUrl("/agreements/" + id + "#actions"));
		admin.get("/api/v1/agreements/{id}", id)
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.actions[*].date")
				.value(org.hamcrest.Matchers.containsInAnyOrder("2005", "2005-04", "..2006", "2005-07")))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.effectivePrecision")
				.value("MONTH"));
		assertThat(html(as("thainguyen", "en", get("/agreements/{id}", id)))).contains("Apr 2005", "before 2006",
				"Jul 2005");
		String refused = html(as("thainguyen", "ko", post("/agreements/{id}/actions", id)).with(csrf())
			.param("type", "REPORTED_TO_PM_MOFA")
			.param("date", "2005/04"));
		assertThat(errorFor(refused, "date")).isTrue();
		assertThat(refused).contains("날짜 \"2005/04\"이(가) 올바르지 않습니다", "value=\"2005/04\"");
	}

	@Test
	void theReservedNameMessageQuotesTheWordAsTyped() throws Exception {
		String page = html(as("thainguyen", "vi", post("/agreements")).with(csrf())
			.param("title", "Văn bản hiệp định hợp tác")
			.param("kind", "AGREEMENT")
			.param("legalBasis", "INTERNATIONAL_AGREEMENT")
			.param("level", "PROVINCE")
			.param("parties[0].side", "VN")
			.param("parties[0].party", "locality:" + thaiNguyen)
			.param("parties[1].side", "FOREIGN")
			.param("parties[1].party", "locality:" + gyeongbuk));
		assertThat(page).contains("Tên \"hiệp định\" dành cho điều ước quốc tế");
	}

	@Test
	void aDuplicatePartnershipFormShowsTheExistingOneAndSavesWhenConfirmed() throws Exception {
		long foreignCity = Api.id(admin.post("/api/v1/localities", """
				{"code": "JP-W-%s", "country": "JP", "level": "CITY", "names": {"vi": "Thành phố thử"}}"""
			.formatted(UUID.randomUUID().toString().substring(0, 8))));
		String existingTitle = "Quan hệ có trước " + UUID.randomUUID();
		long existing = Api.id(admin.post("/api/v1/partnerships", """
				{"title": "%s", "level": "PROVINCE", "vnLocalityId": %d, "foreignLocalityId": %d}"""
			.formatted(existingTitle, thaiNguyen, foreignCity)));
		MockHttpServletRequestBuilder duplicate = as("thainguyen", "vi", post("/partnerships")).with(csrf())
			.param("level", "PROVINCE")
			.param("vnParty", "locality:" + thaiNguyen)
			.param("foreignParty", "locality:" + foreignCity)
			.param("title", "Bản sao " + UUID.randomUUID());
		String page = html(duplicate);
		assertThat(page).contains("id=\"duplicate-of\"", "href=\"/partnerships/" + existing + "\"", existingTitle,
				"name=\"duplicateIntended\"", "Đã có quan hệ đối tác giữa cùng các bên");
		mvc.perform(duplicate.param("duplicateIntended", "true")).andExpect(status().is3xxRedirection());
	}

	@Test
	void provinceAdministratorsDeleteAfterAConfirmationStep() throws Exception {
		long id = Api.id(admin.post("/api/v1/partnerships", """
				{"title": "Xóa thử %s", "level": "PROVINCE", "vnLocalityId": %d, "foreignLocalityId": %d,
				 "duplicateIntended": true}""".formatted(UUID.randomUUID(), thaiNguyen, gyeongbuk)));
		assertThat(html(as("thainguyen", "vi", get("/partnerships/{id}", id)))).doesNotContain("/delete\"");
		mvc.perform(as("thainguyen", "vi", get("/partnerships/{id}/delete", id))).andExpect(status().isForbidden());
		assertThat(html(as("thainguyen-lead", "vi", get("/partnerships/{id}", id))))
			.contains("href=\"/partnerships/" + id + "/delete\"");
		String confirm = html(as("thainguyen-lead", "en", get("/partnerships/{id}/delete", id)));
		assertThat(confirm).contains("Delete this partnership?", "Xóa thử", "the audit log keeps",
				"name=\"version\" value=\"0\"", "action=\"/partnerships/" + id + "/delete\"");

		mvc.perform(as("thainguyen-lead", "vi", post("/partnerships/{id}/delete", id)).with(csrf()).param("version", "3"))
			.andExpect(redirectedUrl("/partnerships/" + id))
			.andExpect(flash().attributeExists("problems"));
		mvc.perform(as("thainguyen-lead", "vi", post("/partnerships/{id}/delete", id)).with(csrf()).param("version", "0"))
			.andExpect(redirectedUrl("/partnerships"));
		admin.get("/api/v1/partnerships/{id}", id).andExpect(status().isNotFound());
	}

	@Test
	void aPartnershipWithAgreementsIsNotDeletedAndThePageLinksThem() throws Exception {
		long id = Api.id(admin.post("/api/v1/partnerships", """
				{"title": "Có thỏa thuận %s", "level": "PROVINCE", "vnLocalityId": %d, "foreignLocalityId": %d,
				 "duplicateIntended": true}""".formatted(UUID.randomUUID(), thaiNguyen, gyeongbuk)));
		long agreement = Api.id(admin.post("/api/v1/agreements", """
				{"title": "Bản ghi nhớ gắn %s", "kind": "MOU", "legalBasis": "INTERNATIONAL_AGREEMENT", "level": "PROVINCE",
				 "partnershipId": %d, "parties": [{"side": "VN", "localityId": %d}, {"side": "FOREIGN", "localityId": %d}]}"""
			.formatted(UUID.randomUUID(), id, thaiNguyen, gyeongbuk)));
		var refused = mvc.perform(as("thainguyen-lead", "vi", post("/partnerships/{id}/delete", id)).with(csrf())
			.param("version", "0")).andExpect(redirectedUrl("/partnerships/" + id)).andReturn();
		var session = refused.getFlashMap();
		String page = html(as("thainguyen-lead", "vi", get("/partnerships/{id}", id)).flashAttrs(session));
		assertThat(page).contains("Chưa thể xóa", "href=\"/agreements/" + agreement + "\"");
	}

	@Test
	void anActionIsWithdrawnAfterConfirmationAndTheDatesFollow() throws Exception {
		long id = signedAgreement("Bản ghi nhớ rút ", "2024-05-10");
		assertThat(html(as("thainguyen-lead", "vi", get("/agreements/{id}", id))))
			.contains("href=\"/agreements/" + id + "/actions/0/withdraw\"");
		assertThat(html(as("thainguyen-lead", "ko", get("/agreements/{id}/actions/0/withdraw", id))))
			.contains("이 단계를 철회하시겠습니까?", "2024년 5월 10일");
		mvc.perform(as("thainguyen-lead", "vi", post("/agreements/{id}/actions/0/withdraw", id)).with(csrf())
			.param("version", "0")).andExpect(redirectedUrl("/agreements/" + id + "#actions"));
		admin.get("/api/v1/agreements/{id}", id)
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.signedOn").doesNotExist());
	}

}
