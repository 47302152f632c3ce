package vn.hoptac.identity;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
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

import vn.hoptac.Api;
import vn.hoptac.ApiTest;
import vn.hoptac.shared.Role;

/**
 * Rights end when an administrator withdraws them: a session already signed in carries the
 * user's current role, province and enablement from its next request on, and a password reset
 * ends the user's sessions and revokes their access tokens.
 */
@ApiTest
class RightsWithdrawalTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserService users;

	TestAccounts accounts;

	Api admin;

	long thaiNguyen;

	long daNang;

	@BeforeEach
	void setUp() throws Exception {
		accounts = new TestAccounts(users);
		admin = new Api(mvc).as("admin");
		thaiNguyen = admin.localityId("VN-19");
		daNang = admin.localityId("VN-48");
	}

	/** An organisation of Thái Nguyên that only Thái Nguyên (and national roles) may read. */
	private long internalOrganisationOfThaiNguyen() throws Exception {
		return Api.id(new Api(mvc).as("thainguyen").post("/api/v1/organisations", """
				{"type": "BUSINESS", "names": {"vi": "Công ty nội bộ %s"}, "country": "VN", "localityId": %d}"""
			.formatted(UUID.randomUUID(), thaiNguyen)).andExpect(status().isCreated()));
	}

	/** An administrator's edit of the user through the API, as the users page would make it. */
	private void change(User user, Role role, Long provinceId, boolean enabled) throws Exception {
		int version = Api.read(admin.get("/api/v1/users/{id}", user.getId()), "$.version");
		admin.put("/api/v1/users/{id}", """
				{"displayName": "Tài khoản kiểm thử", "role": "%s", "provinceId": %s, "enabled": %s, "version": %d}"""
			.formatted(role, provinceId, enabled, version), user.getId()).andExpect(status().isOk());
	}

	@Test
	void aUserMovedToAnotherProvinceLosesTheOldProvinceInTheOpenSession() throws Exception {
		long record = internalOrganisationOfThaiNguyen();
		User officer = accounts.create("mover", Role.PROVINCE_OFFICER, thaiNguyen);
		MockHttpSession session = TestAccounts.signIn(mvc, officer.getUsername(), TestAccounts.PASSWORD);
		mvc.perform(get("/organisations/{id}", record).session(session)).andExpect(status().isOk());
		mvc.perform(get("/organisations/{id}/edit", record).session(session)).andExpect(status().isOk());

		change(officer, Role.PROVINCE_OFFICER, daNang, true);

		mvc.perform(get("/organisations/{id}", record).session(session)).andExpect(status().isForbidden());
		mvc.perform(get("/organisations/{id}/edit", record).session(session)).andExpect(status().isForbidden());
		mvc.perform(post("/organisations/{id}/delete", record).session(session).with(csrf()))
			.andExpect(status().isForbidden());
		// The session goes on, with the new province.
		mvc.perform(get("/account").session(session))
			.andExpect(status().isOk())
			.andExpect(authenticated().withUsername(officer.getUsername()).withRoles("PROVINCE_OFFICER"));
	}

	@Test
	void aDemotedAdministratorLosesAdministrationInTheOpenSession() throws Exception {
		User chief = accounts.create("chief", Role.ADMIN, null);
		MockHttpSession session = TestAccounts.signIn(mvc, chief.getUsername(), TestAccounts.PASSWORD);
		mvc.perform(get("/admin/users").session(session)).andExpect(status().isOk());

		change(chief, Role.NATIONAL_ANALYST, null, true);

		mvc.perform(get("/admin/users").session(session)).andExpect(status().isForbidden());
		mvc.perform(get("/admin/audit").session(session))
			.andExpect(status().isOk())
			.andExpect(authenticated().withRoles("NATIONAL_ANALYST"));
	}

	@Test
	void disablingAUserEndsTheirOpenSession() throws Exception {
		long record = internalOrganisationOfThaiNguyen();
		User officer = accounts.create("leaver", Role.PROVINCE_OFFICER, thaiNguyen);
		MockHttpSession session = TestAccounts.signIn(mvc, officer.getUsername(), TestAccounts.PASSWORD);
		mvc.perform(get("/account").session(session)).andExpect(status().isOk());

		change(officer, Role.PROVINCE_OFFICER, thaiNguyen, false);

		mvc.perform(get("/organisations/{id}", record).session(session))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login"));
		mvc.perform(get("/account").session(session).accept(MediaType.TEXT_HTML))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login"));
	}

	@Test
	void aPasswordResetEndsTheUsersSessionsAndRevokesTheirTokens() throws Exception {
		User officer = accounts.create("reset", Role.PROVINCE_OFFICER, thaiNguyen);
		MockHttpSession session = TestAccounts.signIn(mvc, officer.getUsername(), TestAccounts.PASSWORD);
		String token = Api.read(mvc.perform(TestAccounts
			.basic(HttpMethod.POST, "/api/v1/account/tokens", officer.getUsername(), TestAccounts.PASSWORD, "192.0.2.1")
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"name": "Báo cáo"}""")).andExpect(status().isCreated()), "$.secret");
		String organisation = """
				{"type": "BUSINESS", "names": {"vi": "Công ty %s"}, "country": "VN", "localityId": %d}""";
		mvc.perform(post("/api/v1/organisations").header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON)
			.content(organisation.formatted(UUID.randomUUID(), thaiNguyen))).andExpect(status().isCreated());

		admin.post("/api/v1/users/{id}/password", """
				{"password": "temporary-password-9"}""", officer.getId()).andExpect(status().isNoContent());

		mvc.perform(get("/account").session(session).accept(MediaType.TEXT_HTML))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login"));
		mvc.perform(post("/api/v1/organisations").header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON)
			.content(organisation.formatted(UUID.randomUUID(), thaiNguyen))).andExpect(status().isUnauthorized());
	}

	@Test
	void changingOnesOwnPasswordEndsTheOtherSessionsOnly() throws Exception {
		User officer = accounts.create("owner", Role.PROVINCE_OFFICER, thaiNguyen);
		MockHttpSession here = TestAccounts.signIn(mvc, officer.getUsername(), TestAccounts.PASSWORD);
		MockHttpSession elsewhere = TestAccounts.signIn(mvc, officer.getUsername(), TestAccounts.PASSWORD);

		mvc.perform(post("/account/password").session(here)
			.with(csrf())
			.param("currentPassword", TestAccounts.PASSWORD)
			.param("newPassword", "another-password-7")
			.param("confirmPassword", "another-password-7")).andExpect(redirectedUrl("/account"));

		mvc.perform(get("/account").session(here)).andExpect(status().isOk()).andExpect(authenticated());
		mvc.perform(get("/account").session(elsewhere).accept(MediaType.TEXT_HTML))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login"));
	}

}
