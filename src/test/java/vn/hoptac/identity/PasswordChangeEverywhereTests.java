package vn.hoptac.identity;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import vn.hoptac.Api;
import vn.hoptac.ApiTest;
import vn.hoptac.shared.Role;

/**
 * A user who must change the password (new account, administrator's reset) may do nothing else
 * until it is changed: not through the pages, and not through the API with HTTP Basic either.
 */
@ApiTest
class PasswordChangeEverywhereTests {

	static final String ADDRESS = "192.0.2.20";

	@Autowired
	MockMvc mvc;

	@Autowired
	UserService users;

	long thaiNguyen;

	User officer;

	@BeforeEach
	void setUp() throws Exception {
		thaiNguyen = new Api(mvc).localityId("VN-19");
		officer = new TestAccounts(users).create("newcomer", Role.PROVINCE_OFFICER, thaiNguyen, true);
	}

	private ResultActions api(HttpMethod method, String path, String password, String json) throws Exception {
		var request = TestAccounts.basic(method, path, officer.getUsername(), password, ADDRESS)
			.header(HttpHeaders.ACCEPT_LANGUAGE, "en");
		if (json != null) {
			request.contentType(MediaType.APPLICATION_JSON).content(json);
		}
		return mvc.perform(request);
	}

	private String organisation(String name) {
		return """
				{"type": "BUSINESS", "names": {"vi": "%s"}, "country": "VN", "localityId": %d}""".formatted(name,
				thaiNguyen);
	}

	private static void expectPasswordChangeRequired(ResultActions result) throws Exception {
		result.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.title").value("Password change required"))
			.andExpect(jsonPath("$.detail", containsString("PUT /api/v1/account/password")));
	}

	@Test
	void theApiAnswersOnlyThePasswordChangeUntilItIsDone() throws Exception {
		String name = "Công ty chưa đổi mật khẩu " + UUID.randomUUID();
		expectPasswordChangeRequired(api(HttpMethod.GET, "/api/v1/partnerships", TestAccounts.PASSWORD, null));
		expectPasswordChangeRequired(api(HttpMethod.GET, "/api/v1/account/tokens", TestAccounts.PASSWORD, null));
		expectPasswordChangeRequired(api(HttpMethod.POST, "/api/v1/account/tokens", TestAccounts.PASSWORD, """
				{"name": "script"}"""));
		expectPasswordChangeRequired(
				api(HttpMethod.POST, "/api/v1/organisations", TestAccounts.PASSWORD, organisation(name)));
		new Api(mvc).as("admin")
			.get("/api/v1/organisations?q={name}", name)
			.andExpect(jsonPath("$.total").value(0));

		api(HttpMethod.PUT, "/api/v1/account/password", "wrong-password", """
				{"currentPassword": "wrong-password", "newPassword": "a-new-password-1"}""")
			.andExpect(status().isUnauthorized());
		api(HttpMethod.PUT, "/api/v1/account/password", TestAccounts.PASSWORD, """
				{"currentPassword": "not-the-password", "newPassword": "a-new-password-1"}""")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("currentPassword"));
		api(HttpMethod.PUT, "/api/v1/account/password", TestAccounts.PASSWORD, """
				{"currentPassword": "%s", "newPassword": "short"}""".formatted(TestAccounts.PASSWORD))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("newPassword"));
		api(HttpMethod.PUT, "/api/v1/account/password", TestAccounts.PASSWORD, """
				{"currentPassword": "%s", "newPassword": "a-new-password-1"}""".formatted(TestAccounts.PASSWORD))
			.andExpect(status().isNoContent());

		api(HttpMethod.GET, "/api/v1/partnerships", TestAccounts.PASSWORD, null).andExpect(status().isUnauthorized());
		api(HttpMethod.GET, "/api/v1/partnerships", "a-new-password-1", null).andExpect(status().isOk());
		api(HttpMethod.POST, "/api/v1/organisations", "a-new-password-1", organisation(name))
			.andExpect(status().isCreated());
	}

	@Test
	void thePagesSendEveryRequestToThePasswordPage() throws Exception {
		MockHttpSession session = TestAccounts.signIn(mvc, officer.getUsername(), TestAccounts.PASSWORD);
		mvc.perform(get("/partnerships").session(session)).andExpect(redirectedUrl("/account/password"));
		mvc.perform(get("/account").session(session)).andExpect(redirectedUrl("/account/password"));
		mvc.perform(post("/account/tokens").session(session).with(csrf()).param("name", "script"))
			.andExpect(redirectedUrl("/account/password"));
		mvc.perform(post("/organisations").session(session)
			.with(csrf())
			.param("type", "BUSINESS")
			.param("names.vi", "Công ty " + UUID.randomUUID())
			.param("country", "VN")).andExpect(redirectedUrl("/account/password"));
		mvc.perform(get("/account/password").session(session)).andExpect(status().isOk());
		mvc.perform(get("/css/app.css").session(session)).andExpect(status().isOk());
	}

}
