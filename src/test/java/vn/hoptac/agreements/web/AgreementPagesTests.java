package vn.hoptac.agreements.web;

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
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
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

import vn.hoptac.Api;
import vn.hoptac.ApiTest;
import vn.hoptac.SignedInAs;
import vn.hoptac.calendar.WorkingDayCalendar;

@ApiTest
class AgreementPagesTests {

	static final String SEED_TITLE = "Thỏa thuận hợp tác hữu nghị giữa tỉnh Thái Nguyên và tỉnh Gyeongsangbuk";

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	WorkingDayCalendar calendar;

	@Autowired
	Clock clock;

	SignedInAs signedIn;

	Api admin;

	long thaiNguyen;

	long gyeongbuk;

	LocalDate today;

	@BeforeEach
	void setUp() throws Exception {
		signedIn = new SignedInAs(userDetails);
		admin = new Api(mvc).as("admin");
		thaiNguyen = admin.localityId("VN-19");
		gyeongbuk = admin.localityId("KR-37");
		today = LocalDate.now(clock);
	}

	/** A page request in Vietnamese, signed in (the language is saved per user, so name it). */
	private MockHttpServletRequestBuilder as(String username, MockHttpServletRequestBuilder request) {
		return request.param("lang", "vi").with(signedIn.user(username));
	}

	private String html(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	private long seedAgreementId() throws Exception {
		List<Integer> ids = Api.read(admin.get("/api/v1/agreements?q={q}", "hữu nghị Thái Nguyên Gyeongsangbuk"),
				"$.items[?(@.title == '" + SEED_TITLE + "')].id");
		assertThat(ids).hasSize(1);
		return ids.get(0);
	}

	private long count(String q) throws Exception {
		return ((Number) Api.read(admin.get("/api/v1/agreements?q={q}", q), "$.total")).longValue();
	}

	/** An internal agreement of Thái Nguyên with Gyeongsangbuk, through the API. */
	private long createAgreement(String title, String extraJson) throws Exception {
		return Api.id(new Api(mvc).as("thainguyen").post("/api/v1/agreements", """
				{"title": "%s", "kind": "MOU", "legalBasis": "INTERNATIONAL_AGREEMENT", "level": "PROVINCE",
				 "parties": [{"side": "VN", "localityId": %d}, {"side": "FOREIGN", "localityId": %d}]%s}"""
			.formatted(title, thaiNguyen, gyeongbuk, extraJson)).andExpect(status().isCreated()));
	}

	/**
	 * The agreement form, filled in for an internal agreement of Thái Nguyên with Gyeongsangbuk (by
	 * code), so visitors still see only the seed; pairs of {@code name, value} replace or add fields.
	 */
	private MockHttpServletRequestBuilder createForm(String title, String... changes) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("title", title);
		fields.put("kind", "MOU");
		fields.put("legalBasis", "INTERNATIONAL_AGREEMENT");
		fields.put("level", "PROVINCE");
		fields.put("visibility", "INTERNAL");
		fields.put("parties[0].side", "VN");
		fields.put("parties[0].party", "locality:" + thaiNguyen);
		fields.put("parties[0].signatoryName", "Nguyễn Văn Kiểm");
		fields.put("parties[0].signatoryTitle", "Chủ tịch UBND tỉnh");
		fields.put("parties[0].signatoryLevel", "PROVINCE");
		fields.put("parties[1].side", "FOREIGN");
		fields.put("parties[1].party", "");
		fields.put("parties[1].partyCode", "KR-37");
		fields.put("parties[1].signatoryName", "Lee Cheol-woo");
		fields.put("parties[2].side", "");
		fields.put("parties[2].party", "");
		fields.put("signedOn", "2024-05");
		fields.put("expiresOn", "2029-05-31");
		for (int i = 0; i + 1 < changes.length; i += 2) {
			fields.put(changes[i], changes[i + 1]);
		}
		MockHttpServletRequestBuilder request = as("thainguyen", post("/agreements")).with(csrf())
			.param("fields", "EDUCATION");
		fields.forEach(request::param);
		return request;
	}

	/** The table with this id, or nothing. */
	private static String section(String page, String id) {
		int start = page.indexOf("id=\"" + id + "\"");
		return start < 0 ? "" : page.substring(start, page.indexOf("</table>", start));
	}

	/** A day as Vietnamese pages show it: 15/03/2024. */
	private static String vietnamese(LocalDate date) {
		return DateTimeFormatter.ofPattern("dd/MM/yyyy").format(date);
	}

	@Test
	void listsSeedDataWithFacetsAndRefreshesOnlyTheRowsForHtmx() throws Exception {
		assertThat(html(get("/agreements").param("q", "gyeongsangbuk"))).contains("<html", "id=\"facet-country\"",
				"id=\"facet-locality\"", "name=\"legalBasis\"", "name=\"decade\"", "id=\"agreement-rows\"",
				"hx-push-url=\"true\"", SEED_TITLE, "Thỏa thuận quốc tế (Luật 70/2020/QH14)");
		mvc.perform(get("/agreements").param("q", "gyeongsangbuk").header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(startsWith("<div id=\"agreement-rows\"")))
			.andExpect(content().string(not(containsString("<html"))))
			.andExpect(content().string(containsString(SEED_TITLE)));
	}

	@Test
	void searchWithoutDiacriticsFindsThaiNguyen() throws Exception {
		for (String q : List.of("thoa thuan huu nghi thai nguyen", "Thỏa thuận hữu nghị Thái Nguyên",
				Normalizer.normalize("Thỏa thuận hữu nghị Thái Nguyên", Normalizer.Form.NFD))) {
			assertThat(html(get("/agreements").param("q", q))).as(q).contains(SEED_TITLE);
		}
		assertThat(html(get("/agreements").param("locality", String.valueOf(thaiNguyen)).param("decade", "2000")))
			.contains(SEED_TITLE);
	}

	@Test
	void globalSearchFindsEveryKindWithOrWithoutDiacritics() throws Exception {
		for (String q : List.of("thai nguyen", "Thái Nguyên", Normalizer.normalize("Thái Nguyên", Normalizer.Form.NFD))) {
			assertThat(html(get("/search").param("q", q))).as(q)
				.contains("id=\"search-localities\"", "id=\"search-partnerships\"", "id=\"search-agreements\"",
						"id=\"search-organisations\"", ">Thái Nguyên<", SEED_TITLE);
		}
		assertThat(html(get("/search").param("q", "zzzz-nothing-like-this"))).contains("Không tìm thấy kết quả nào.");
		assertThat(html(get("/search"))).doesNotContain("id=\"search-localities\"");
	}

	@Test
	void listsTheAgreementsOfAPartnershipForItsPage() throws Exception {
		List<Integer> partnership = Api.read(admin.get("/api/v1/agreements/{id}", seedAgreementId()), "$..partnershipId");
		long id = partnership.get(0);
		mvc.perform(get("/agreements").param("partnership", String.valueOf(id)).header("HX-Request", "true"))
			.andExpect(content().string(startsWith("<div id=\"agreement-rows\"")))
			.andExpect(content().string(containsString(SEED_TITLE)));
		assertThat(html(get("/agreements").param("partnership", String.valueOf(id))))
			.contains("Các thỏa thuận trong khuôn khổ quan hệ", "/partnerships/" + id + "\"");
	}

	@Test
	void createsThroughTheFormWithPartiesAndSignatories() throws Exception {
		String title = "Bản ghi nhớ kiểm thử giáo dục " + UUID.randomUUID();
		String location = mvc.perform(createForm(title))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/agreements/*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(html(as("thainguyen", get(location)))).contains(title, "Nguyễn Văn Kiểm", "Chủ tịch UBND tỉnh",
				"Lee Cheol-woo", "Phía nước ngoài", "Gyeongsangbuk", "Bản ghi nhớ", "Giáo dục – đào tạo", "05/2024");
		assertThat(html(as("thainguyen", get(location + "/history")))).contains("Tạo mới", "thainguyen");
		assertThat(html(as("thainguyen", get(location + "/edit")))).contains("name=\"version\" value=\"0\"",
				"name=\"parties[1].party\"");
	}

	@Test
	void refusesAReservedTreatyNameAtProvinceLevelInlineAndWritesNothing() throws Exception {
		String marker = UUID.randomUUID().toString();
		String page = html(createForm("Hiệp định hợp tác kiểm thử " + marker));
		assertThat(page).contains("Pháp lệnh 33/2007/PL-UBTVQH11", "class=\"field-error\"", marker);
		assertThat(count(marker)).isZero();
		page = html(createForm("Bản ghi nhớ kiểm thử " + marker, "parties[0].party", "", "parties[0].signatoryName",
				"", "parties[0].signatoryTitle", "", "parties[0].signatoryLevel", ""));
		assertThat(page).contains("Cần ít nhất một bên Việt Nam.");
		assertThat(count(marker)).isZero();
	}

	@Test
	void showsDueDatesAndOverdueDeadlinesAlsoOnTheHomePage() throws Exception {
		String title = "Thỏa thuận chờ ý kiến kiểm thử " + UUID.randomUUID();
		long id = createAgreement(title, "");
		// under Law 70/2020 (in force from 07/2021) and longer overdue than what other tests leave in
		// the shared database, so that home lists it among the first
		LocalDate sent = LocalDate.of(2022, 3, 1);
		mvc.perform(as("thainguyen", post("/agreements/{id}/actions", id)).with(csrf())
			.param("type", "SENT_FOR_MOFA_OPINION")
			.param("date", sent.toString())
			.param("note", "Công văn số 1/SNgV"))
			.andExpect(status().is3xxRedirection());
		String page = html(as("thainguyen", get("/agreements/{id}", id)));
		assertThat(page).contains("Gửi lấy ý kiến Bộ Ngoại giao", vietnamese(calendar.plusWorkingDays(sent, 7)),
				"class=\"badge overdue\"", "Quá hạn", "Công văn số 1/SNgV", "Ghi nhận bước thủ tục mới");
		assertThat(section(html(as("thainguyen", get("/"))), "reminders-agreement-deadline-overdue")).contains(title, "Quá hạn");
		assertThat(html(as("langson", get("/")))).doesNotContain(title);

		mvc.perform(as("thainguyen", post("/agreements/{id}/actions", id)).with(csrf())
			.param("type", "OPINION_RECEIVED")
			.param("date", today.toString())).andExpect(status().is3xxRedirection());
		assertThat(html(as("thainguyen", get("/agreements/{id}", id)))).contains("Trễ hạn");
		assertThat(section(html(as("thainguyen", get("/"))), "reminders-agreement-deadline-overdue")).doesNotContain(title);
	}

	@Test
	void refusesAnActionInTheFutureInline() throws Exception {
		long id = createAgreement("Thỏa thuận hành động tương lai " + UUID.randomUUID(), "");
		String page = html(as("thainguyen", post("/agreements/{id}/actions", id)).with(csrf())
			.param("type", "SIGNED")
			.param("date", today.plusDays(3).toString()));
		assertThat(page).contains("Không thể ghi nhận một hành động ở tương lai.");
		assertThat(html(as("thainguyen", post("/agreements/{id}/actions", id)).with(csrf()).param("date", "")))
			.contains("Trường này là bắt buộc.");
		List<?> actions = Api.read(new Api(mvc).as("thainguyen").get("/api/v1/agreements/{id}", id), "$.actions");
		assertThat(actions).isEmpty();
		// approving in principle needs the province's leadership
		mvc.perform(as("thainguyen", post("/agreements/{id}/actions", id)).with(csrf())
			.param("type", "POLICY_APPROVED")
			.param("date", today.toString())).andExpect(status().isForbidden());
	}

	@Test
	void homeShowsExpiringAgreementsToSignedInUsersAndAnIntroductionToVisitors() throws Exception {
		String title = "Thỏa thuận sắp hết hạn kiểm thử " + UUID.randomUUID();
		createAgreement(title, ", \"signedOn\": \"2020\", \"expiresOn\": \"%s\"".formatted(today.plusDays(30)));
		String home = html(as("thainguyen", get("/")));
		assertThat(home).contains("Thỏa thuận sắp hết hiệu lực", "Thay đổi gần đây của bạn");
		assertThat(section(home, "reminders-agreement-expiring")).contains(title);
		assertThat(html(as("admin", get("/")))).contains(title, "Thay đổi gần đây");
		String visitor = html(get("/"));
		assertThat(visitor).contains("Công tác đối ngoại địa phương", "href=\"/partnerships\"", "href=\"/agreements\"")
			.doesNotContain("Cần xử lý", title);
	}

	@Test
	void anOfficerOfAnotherProvinceMayNotEdit() throws Exception {
		long id = seedAgreementId();
		mvc.perform(as("langson", get("/agreements/{id}/edit", id))).andExpect(status().isForbidden());
		mvc.perform(as("langson", post("/agreements/{id}/actions", id)).with(csrf())
			.param("type", "IN_FORCE")
			.param("date", today.toString())).andExpect(status().isForbidden());
		assertThat(html(as("langson", get("/agreements/{id}", id)))).doesNotContain("/agreements/" + id + "/edit",
				"Ghi nhận bước thủ tục mới");
		mvc.perform(get("/agreements/new").accept(MediaType.TEXT_HTML)).andExpect(status().is3xxRedirection());
	}

	@Test
	void escapesMarkupInTitles() throws Exception {
		String marker = UUID.randomUUID().toString();
		String location = mvc.perform(createForm("<script>alert(1)</script> " + marker))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		for (String page : List.of(html(as("thainguyen", get("/agreements").param("q", marker))),
				html(as("thainguyen", get(location))), html(as("thainguyen", get("/search").param("q", marker))))) {
			assertThat(page).contains("&lt;script&gt;alert(1)&lt;/script&gt; " + marker)
				.doesNotContain("<script>alert(1)");
		}
	}

	@Test
	void offersThisVeryPageInEachLanguage() throws Exception {
		assertThat(html(get("/agreements?type=MOU&lang=vi")))
			.contains("href=\"http://localhost/agreements?type=MOU&amp;lang=en\"",
					"href=\"http://localhost/agreements?type=MOU&amp;lang=ko\"");
	}

	@Test
	void speaksKorean() throws Exception {
		assertThat(html(get("/agreements").param("lang", "ko"))).contains("국제합의서", "양해각서", "법적 근거", "서명 연대");
		assertThat(html(get("/agreements/{id}", seedAgreementId()).param("lang", "ko"))).contains("당사자", "서명",
				"베트남 측");
		assertThat(html(get("/").param("lang", "ko"))).contains("교류 관계", "국제합의서");
	}

}
