package vn.hoptac.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.hoptac.ApiTest;
import vn.hoptac.SignedInAs;

/**
 * The administration's lists (users, the audit log) page and count as the four registry lists do
 * ({@link ListPagesTests}): the same count line, the same pager with its range of rows, and a page
 * past the end that shows the last one with the filters kept.
 */
@ApiTest
class AdminListPagingTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService userDetails;

	SignedInAs signedIn;

	@BeforeEach
	void setUp() {
		signedIn = new SignedInAs(userDetails);
	}

	private MockHttpServletRequestBuilder asAdmin(String path, String language) {
		return get(path).param("lang", language).with(signedIn.user("admin"));
	}

	private String html(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	private static Matcher found(String html, String regex) {
		Matcher matcher = Pattern.compile(regex).matcher(html);
		assertThat(matcher.find()).as("%s in %s", regex, html).isTrue();
		return matcher;
	}

	@Test
	void theUsersPageCountsAndPagesLikeTheRecordLists() throws Exception {
		String english = html(asAdmin("/admin/users", "en"));
		int users = Integer.parseInt(found(english, "<p class=\"muted\" id=\"result-count\">(\\d+) records</p>").group(1));
		assertThat(users).isPositive();
		found(english, "<nav class=\"pager\" aria-label=\"Pages\">\\s*<span>1–" + users + " of " + users + "</span>");
		assertThat(english).doesNotContain("rel=\"next\"", "rel=\"prev\"", "Page 1 of");

		String vietnamese = html(asAdmin("/admin/users", "vi"));
		found(vietnamese, "<p class=\"muted\" id=\"result-count\">" + users + " bản ghi</p>");
		found(vietnamese, "<nav class=\"pager\" aria-label=\"Phân trang\">\\s*<span>1–" + users + " trên " + users + "</span>");
	}

	@Test
	void theAuditLogCountsAndPagesLikeTheRecordListsKeepingItsFilters() throws Exception {
		String korean = html(asAdmin("/admin/audit?action=CREATED", "ko"));
		int events = Integer.parseInt(found(korean, "<p class=\"muted\" id=\"result-count\">([\\d.,]+)건</p>").group(1)
			.replaceAll("[.,]", ""));
		assertThat(events).isGreaterThan(20);
		found(korean, "<nav class=\"pager\" aria-label=\"페이지 이동\">\\s*<span>전체 [\\d.,]+건 중 1–20</span>");
		assertThat(korean).contains("href=\"/admin/audit?action=CREATED&amp;page=1\" rel=\"next\"")
			.doesNotContain("rel=\"prev\"");

		String rows = html(asAdmin("/admin/audit?action=CREATED", "en").header("HX-Request", "true"));
		assertThat(rows).doesNotContain("<html");
		found(rows, "<nav class=\"pager\" aria-label=\"Pages\">\\s*<span>1–20 of [\\d,]+</span>");
	}

	@Test
	void aPageBeyondTheEndShowsTheLastPageOrTheFirst() throws Exception {
		mvc.perform(asAdmin("/admin/users?page=99", "vi")).andExpect(redirectedUrl("/admin/users?page=0"));

		String redirect = mvc.perform(asAdmin("/admin/audit?action=CREATED&page=9999", "vi"))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(redirect).matches(Pattern.quote("/admin/audit?action=CREATED&page=") + "[1-9]\\d*");
		assertThat(html(asAdmin(redirect, "vi"))).contains("rel=\"prev\"").doesNotContain("rel=\"next\"");
	}

}
