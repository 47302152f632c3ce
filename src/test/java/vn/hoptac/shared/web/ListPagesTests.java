package vn.hoptac.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
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
 * The four registry lists (partnerships, agreements, organisations, localities) behave alike:
 * facet options count what choosing them would list (under the other filters), columns sort with
 * aria-sort, province roles open on their own province, paging reads the same, a page past the end
 * shows the last one, an empty list says why, and former provinces say until when they existed.
 */
@ApiTest
class ListPagesTests {

	private static final List<String> LISTS = List.of("/partnerships", "/agreements", "/organisations", "/localities",
			"/exchanges", "/events", "/projects", "/indicators");

	/** Lists whose seed holds fewer records than a page. */
	private static final List<String> SHORT_LISTS = List.of("/delegations", "/conferences", "/ngos",
			"/memberships", "/awards", "/forums", "/frameworks", "/policies");

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService userDetails;

	SignedInAs signedIn;

	Api admin;

	@BeforeEach
	void setUp() {
		signedIn = new SignedInAs(userDetails);
		admin = new Api(mvc).as("admin");
	}

	private MockHttpServletRequestBuilder as(String username, String path, String language) {
		return get(path).param("lang", language).with(signedIn.user(username));
	}

	private String html(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	private int apiTotal(Api api, String path, Object... vars) throws Exception {
		return Api.read(api.get(path, vars), "$.total");
	}

	/** The count an option of a facet shows: "Hàn Quốc (12)". */
	private static int optionCount(String html, String selectId, String value) {
		String select = html.substring(html.indexOf("id=\"" + selectId + "\""));
		select = select.substring(0, select.indexOf("</select>"));
		Matcher option = Pattern.compile("<option value=\"" + Pattern.quote(value) + "\"[^>]*>[^<]*\\((\\d+)\\)</option>")
			.matcher(select);
		assertThat(option.find()).as("option %s of %s with a count in %s", value, selectId, select).isTrue();
		return Integer.parseInt(option.group(1));
	}

	@Test
	void agreementFacetsCountWhatEachChoiceWouldListUnderTheOtherFilters() throws Exception {
		String page = html(as("admin", "/agreements", "vi").param("type", "MOU"));
		assertThat(optionCount(page, "facet-country", "KR"))
			.isEqualTo(apiTotal(admin, "/api/v1/agreements?country=KR&type=MOU"))
			.isPositive();
		// the chosen facet's own options count without its own choice
		assertThat(optionCount(page, "facet-type", "MOU")).isEqualTo(apiTotal(admin, "/api/v1/agreements?type=MOU"));
		assertThat(optionCount(page, "facet-type", "AGREEMENT"))
			.isEqualTo(apiTotal(admin, "/api/v1/agreements?type=AGREEMENT"));
		assertThat(optionCount(page, "facet-decade", "2010"))
			.isEqualTo(apiTotal(admin, "/api/v1/agreements?type=MOU&yearFrom=2010&yearTo=2019"));
		assertThat(optionCount(page, "facet-field", "EDUCATION"))
			.isEqualTo(apiTotal(admin, "/api/v1/agreements?type=MOU&field=EDUCATION"));
		// free text narrows the counts too
		String found = html(as("admin", "/agreements", "vi").param("q", "gyeongsangbuk"));
		assertThat(optionCount(found, "facet-country", "KR"))
			.isEqualTo(apiTotal(admin, "/api/v1/agreements?q=gyeongsangbuk&country=KR"));
	}

	@Test
	void partnershipOrganisationAndLocalityFacetsCountToo() throws Exception {
		String partnerships = html(as("admin", "/partnerships", "vi").param("status", "ACTIVE"));
		assertThat(optionCount(partnerships, "facet-country", "KR"))
			.isEqualTo(apiTotal(admin, "/api/v1/partnerships?country=KR&status=ACTIVE"))
			.isPositive();
		String organisations = html(as("admin", "/organisations", "vi").param("country", "KR"));
		assertThat(optionCount(organisations, "type", "UNIVERSITY"))
			.isEqualTo(apiTotal(admin, "/api/v1/organisations?country=KR&type=UNIVERSITY"));
		String localities = html(as("admin", "/localities", "vi").param("country", "VN"));
		assertThat(optionCount(localities, "level", "PROVINCE"))
			.isEqualTo(apiTotal(admin, "/api/v1/localities?country=VN&type=PROVINCE"))
			.isPositive();
	}

	@Test
	void theFacetFormGetsItsCountsAgainOutOfBandButOtherPagesOnlyRows() throws Exception {
		String own = html(as("admin", "/partnerships", "vi").param("country", "KR")
			.header("HX-Request", "true")
			.header("HX-Target", "partnership-rows"));
		assertThat(own).startsWith("<div id=\"partnership-rows\"")
			.contains("id=\"partnership-facet-fields\" hx-swap-oob=\"true\"");
		String embedded = html(as("admin", "/agreements", "vi").param("partnership", "1")
			.header("HX-Request", "true")
			.header("HX-Target", "partnership-agreements"));
		assertThat(embedded).doesNotContain("hx-swap-oob").doesNotContain("facet-country");
	}

	@Test
	void columnsSortBothWaysAndSayWhichOrdersTheList() throws Exception {
		String newest = html(as("admin", "/partnerships?sort=-established&country=KR", "vi"));
		assertThat(newest).containsPattern("<th scope=\"col\" aria-sort=\"descending\">\\s*<a class=\"sort\" "
				+ "href=\"/partnerships\\?country=KR&amp;sort=established\"")
			.containsPattern("<th scope=\"col\">\\s*<a class=\"sort\" href=\"/partnerships\\?country=KR&amp;sort=name\"");
		String first = Api.read(admin.get("/api/v1/partnerships?country=KR&sort=-established&size=1"), "$.items[0].title");
		String firstByName = Api.read(admin.get("/api/v1/partnerships?country=KR&size=1"), "$.items[0].title");
		assertThat(first).isNotEqualTo(firstByName);
		assertThat(firstRowTitle(newest)).as("the newest first").isEqualTo(first);
		String byName = html(as("admin", "/partnerships?country=KR", "vi"));
		assertThat(byName).contains("aria-sort=\"ascending\"");
		assertThat(firstRowTitle(byName)).isEqualTo(firstByName);
		// organisations and localities sort by their headers too
		assertThat(html(as("admin", "/localities", "vi").param("sort", "-code"))).contains("aria-sort=\"descending\"");
		assertThat(html(as("admin", "/organisations", "vi").param("sort", "-name"))).contains("aria-sort=\"descending\"");
	}

	private static String firstRowTitle(String html) {
		Matcher title = Pattern.compile("<tbody>\\s*<tr>\\s*<td[^>]*><a href=\"[^\"]+\"[^>]*>([^<]+)</a>").matcher(html);
		assertThat(title.find()).as("a first row").isTrue();
		return HtmlUtils.htmlUnescape(title.group(1));
	}

	@Test
	void provinceRolesOpenTheirOwnProvinceWithOneClickToAll() throws Exception {
		long thaiNguyen = admin.localityId("VN-19");
		Api officer = new Api(mvc).as("thainguyen");
		String own = html(as("thainguyen", "/partnerships", "vi"));
		assertThat(own).contains("class=\"notice own-province\"", "Danh sách của Thái Nguyên.",
				"href=\"/partnerships?locality=\"");
		int ownTotal = apiTotal(officer, "/api/v1/partnerships?locality={id}", thaiNguyen);
		int allTotal = apiTotal(officer, "/api/v1/partnerships");
		assertThat(ownTotal).isLessThan(allTotal);
		assertThat(own).contains(ownTotal + " bản ghi");
		String all = html(as("thainguyen", "/partnerships", "vi").param("locality", ""));
		assertThat(all).doesNotContain("own-province").contains(allTotal + " bản ghi");
		assertThat(html(as("thainguyen", "/agreements", "vi"))).contains("own-province", "href=\"/agreements?locality=\"");
		assertThat(html(as("thainguyen", "/organisations", "vi"))).contains("own-province");
		// any filter is taken as given, and readers of every province see all
		assertThat(html(as("thainguyen", "/partnerships", "vi").param("q", "gyeongsangbuk")))
			.doesNotContain("own-province");
		assertThat(html(as("mofa", "/partnerships", "vi"))).doesNotContain("own-province");
	}

	@Test
	void everyListPagesAndCountsTheSameWay() throws Exception {
		for (String list : LISTS) {
			String page = html(as("admin", list, "en"));
			assertThat(page).as(list)
				.containsPattern("<p class=\"muted\"[^>]*>[^<]+ records</p>")
				.containsPattern("<nav class=\"pager\" aria-label=\"Pages\">\\s*<span>1–20 of ")
				.contains("rel=\"next\"");
		}
	}

	@Test
	void shorterListsCountAndPageTheSameWayOnOnePage() throws Exception {
		for (String list : SHORT_LISTS) {
			String page = html(as("admin", list, "en"));
			Matcher count = Pattern.compile("<p class=\"muted\"[^>]*>(\\d+) records?</p>").matcher(page);
			assertThat(count.find()).as(list + " says how many records it holds").isTrue();
			int total = Integer.parseInt(count.group(1));
			assertThat(total).as(list).isPositive().isLessThanOrEqualTo(20);
			assertThat(page).as(list).contains("1–" + total + " of " + total).doesNotContain("rel=\"next\"");
		}
	}

	@Test
	void anUnknownRecordIsNotFoundOnEveryRecordPage() throws Exception {
		for (String list : LISTS) {
			mvc.perform(as("admin", list + "/987654321", "vi")).andExpect(status().isNotFound());
		}
		for (String list : SHORT_LISTS) {
			mvc.perform(as("admin", list + "/987654321", "vi")).andExpect(status().isNotFound());
		}
		mvc.perform(as("admin", "/delegation-plans/987654321", "vi")).andExpect(status().isNotFound());
		mvc.perform(as("admin", "/reviews/987654321", "vi")).andExpect(status().isNotFound());
		mvc.perform(as("admin", "/plans/987654321", "vi")).andExpect(status().isNotFound());
		mvc.perform(as("admin", "/partnerships/987654321/health", "vi")).andExpect(status().isNotFound());
		// a list parameter out of range is the reader's mistake, not the server's
		mvc.perform(as("admin", "/delegations?size=100000", "vi")).andExpect(status().isBadRequest());
		mvc.perform(as("admin", "/reviews?size=100000", "vi")).andExpect(status().isBadRequest());
	}

	@Test
	void aPageBeyondTheEndShowsTheLastPageOrSaysThereIsNone() throws Exception {
		int total = apiTotal(admin, "/api/v1/partnerships?country=KR");
		int lastPage = (total - 1) / 20;
		for (String list : LISTS) {
			// localities are more than the exact total's cap: narrowed to provinces, the last page is known
			String filter = list.equals("/localities") ? "?level=PROVINCE&" : "?";
			String redirect = mvc.perform(as("admin", list + filter + "page=99", "vi"))
				.andExpect(status().is3xxRedirection())
				.andReturn()
				.getResponse()
				.getRedirectedUrl();
			assertThat(redirect).as(list).matches(Pattern.quote(list + filter) + "page=[1-9]\\d*");
			assertThat(html(as("admin", redirect, "vi"))).as(list).contains("rel=\"prev\"").doesNotContain("rel=\"next\"");
		}
		mvc.perform(as("admin", "/partnerships?country=KR&page=99", "vi"))
			.andExpect(redirectedUrl("/partnerships?country=KR&page=" + lastPage));
		mvc.perform(as("admin", "/partnerships?q=zzqxwv&page=99", "vi"))
			.andExpect(redirectedUrl("/partnerships?q=zzqxwv&page=0"));
		String none = html(as("admin", "/partnerships?q=zzqxwv&page=0", "vi"));
		assertThat(none).contains("0 bản ghi", "Không có bản ghi nào phù hợp với bộ lọc.").doesNotContain("rel=\"prev\"");
	}

	@Test
	void anEmptyRelatedListSaysNothingIsRecordedYetNotThatNothingMatches() throws Exception {
		long partnership = partnershipWithoutAgreements();
		String related = html(as("admin", "/agreements", "vi").param("partnership", String.valueOf(partnership))
			.header("HX-Request", "true")
			.header("HX-Target", "partnership-agreements"));
		assertThat(related).contains("Quan hệ này chưa có thỏa thuận nào được ghi nhận.")
			.doesNotContain("phù hợp với bộ lọc");
		String filtered = html(as("admin", "/agreements", "vi").param("q", "zzqxwv khong co"));
		assertThat(filtered).contains("Không có bản ghi nào phù hợp với bộ lọc.").doesNotContain("chưa có");
	}

	private long partnershipWithoutAgreements() throws Exception {
		List<Integer> ids = Api.read(admin.get("/api/v1/partnerships?size=200"), "$.items[*].id");
		for (int id : ids) {
			if (apiTotal(admin, "/api/v1/agreements?partnership={id}", id) == 0) {
				return id;
			}
		}
		throw new IllegalStateException("every partnership has agreements");
	}

	@Test
	void formerProvincesSayUntilWhenInEveryLanguage() throws Exception {
		assertThat(html(as("admin", "/organisations", "vi"))).contains("Bắc Kạn (đến 30/06/2025)");
		assertThat(html(as("admin", "/organisations", "en"))).containsPattern("Bac Kan \\(until 30 Jun 2025\\)|Bắc Kạn \\(until 30 Jun 2025\\)");
		assertThat(html(as("admin", "/organisations", "ko"))).contains("(2025년 6월 30일까지)");
		String localities = html(as("admin", "/localities", "vi").param("q", "bac kan").param("level", "PROVINCE"));
		assertThat(localities).contains("Bắc Kạn (đến 30/06/2025)");
		// a former province as a party of a record, in a list and on the record's page
		String danang = html(as("admin", "/partnerships", "vi").param("locality", String.valueOf(admin.localityId("VN-48"))));
		assertThat(danang).contains(">Đà Nẵng (đến 30/06/2025)</a>");
		// today's province keeps its plain name
		assertThat(html(as("admin", "/localities", "vi").param("q", "VN-19"))).containsPattern(">Thái Nguyên</a>");
	}

}
