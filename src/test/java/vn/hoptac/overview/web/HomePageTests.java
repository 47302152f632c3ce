package vn.hoptac.overview.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
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

import vn.hoptac.Api;
import vn.hoptac.ApiTest;
import vn.hoptac.SignedInAs;

/** The home page: statutory deadlines falling due soon, and the national overview per province. */
@ApiTest
class HomePageTests {

	/** The tables of statutory deadlines falling due and passed, among the reader's reminders. */
	static final String DUE = "reminders-agreement-deadline-due";

	static final String OVERDUE = "reminders-agreement-deadline-overdue";

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService userDetails;

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

	@Test
	void aReportDueAfterSigningShowsBeforeItIsLateButNotToAPartner() throws Exception {
		String title = "Thỏa thuận vừa ký kiểm thử " + UUID.randomUUID();
		long id = signedAgreement(title, thaiNguyen, today.minusDays(3), "PARTNER");

		String home = home("thainguyen", "vi");
		// reported within 15 days of signing: due in 12 days, not yet overdue
		assertThat(section(home, DUE)).contains(title, "Báo cáo sau khi ký", "12");
		assertThat(section(home, OVERDUE)).doesNotContain(title);
		assertThat(section(home("thainguyen", "en"), DUE)).contains(title, "Report after signing");

		String partner = home("partner", "vi");
		assertThat(partner).doesNotContain("id=\"" + DUE + "\"", "id=\"" + OVERDUE + "\"", "Thời hạn luật định đến hạn",
				"Quá thời hạn luật định");

		new Api(mvc).as("thainguyen")
			.post("/api/v1/agreements/{id}/actions", """
					{"type": "REPORTED_TO_PM_MOFA", "date": "%s"}""".formatted(today), id)
			.andExpect(status().isCreated());
		assertThat(section(home("thainguyen", "vi"), DUE)).doesNotContain(title);
	}

	@Test
	void anAnalystSeesEveryProvinceWithItsCountsAndLinksIntoItsLists() throws Exception {
		List<Long> before = provinceRow(home("mofa", "vi"), thaiNguyen);
		List<Long> otherBefore = provinceRow(home("mofa", "vi"), admin.localityId("VN-20"));

		// a district of Bắc Kạn, merged into Thái Nguyên in 2025: it counts with today's province
		long pacNam = admin.localityId("VN-D-060");
		signedAgreement("Thỏa thuận Pác Nặm kiểm thử " + UUID.randomUUID(), pacNam, today.minusDays(3), "INTERNAL");
		signedAgreement("Thỏa thuận quá hạn kiểm thử " + UUID.randomUUID(), thaiNguyen, today.minusDays(40),
				"INTERNAL");

		String home = home("mofa", "vi");
		assertThat(home).contains("id=\"provinces\"", "Theo tỉnh, thành phố",
				"href=\"/partnerships?locality=" + thaiNguyen + "\"", "href=\"/agreements?locality=" + thaiNguyen + "\"");
		assertThat(section(home, "provinces").split("<th scope=\"row\">")).as("34 provinces and the total").hasSize(36);
		List<Long> after = provinceRow(home, thaiNguyen);
		// partnerships, agreements, overdue, due soon, changed this month
		assertThat(after).containsExactly(before.get(0), before.get(1) + 2, before.get(2) + 1, before.get(3) + 1,
				before.get(4) + 2);
		assertThat(provinceRow(home, admin.localityId("VN-20"))).isEqualTo(otherBefore);
		long listed = ((Number) Api.read(admin.get("/api/v1/agreements?locality={id}&size=1", thaiNguyen), "$.total"))
			.longValue();
		assertThat(after.get(1)).as("the agreements the linked list shows").isEqualTo(listed);

		assertThat(home("admin", "en")).contains("id=\"provinces\"", "By province", "Changed this month");
		assertThat(home("thainguyen", "vi")).doesNotContain("id=\"provinces\"");
		assertThat(home("partner", "vi")).doesNotContain("id=\"provinces\"");
	}

	/** An agreement of the Vietnamese locality with Gyeongsangbuk, signed on the day. */
	private long signedAgreement(String title, long vnLocality, LocalDate signed, String visibility) throws Exception {
		Api officer = new Api(mvc).as("thainguyen");
		long id = Api.id(officer.post("/api/v1/agreements", """
				{"title": "%s", "kind": "MOU", "legalBasis": "INTERNATIONAL_AGREEMENT", "level": "PROVINCE",
				 "visibility": "%s",
				 "parties": [{"side": "VN", "localityId": %d}, {"side": "FOREIGN", "localityId": %d}]}"""
			.formatted(title, visibility, vnLocality, gyeongbuk)).andExpect(status().isCreated()));
		officer.post("/api/v1/agreements/{id}/actions", """
				{"type": "SIGNED", "date": "%s"}""".formatted(signed), id).andExpect(status().isCreated());
		return id;
	}

	private String home(String username, String language) throws Exception {
		MockHttpServletRequestBuilder request = get("/").param("lang", language).with(signedIn.user(username));
		return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	/** The figures of a province's row in the overview table. */
	private static List<Long> provinceRow(String page, long province) {
		String table = section(page, "provinces");
		int start = table.indexOf("href=\"/localities/" + province + "\"");
		assertThat(start).as("a row for locality %d", province).isPositive();
		String row = table.substring(start, table.indexOf("</tr>", start));
		List<Long> figures = new ArrayList<>();
		Matcher cell = Pattern.compile("class=\"number\"[^>]*>(?:<[^>]+>)?([0-9.,]+)<").matcher(row);
		while (cell.find()) {
			figures.add(Long.parseLong(cell.group(1).replaceAll("[.,]", "")));
		}
		assertThat(figures).hasSize(5);
		return figures;
	}

	private static String section(String page, String id) {
		int start = page.indexOf("id=\"" + id + "\"");
		return start < 0 ? "" : page.substring(start, page.indexOf("</table>", start));
	}

}
