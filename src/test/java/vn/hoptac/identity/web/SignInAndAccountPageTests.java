package vn.hoptac.identity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import vn.hoptac.Api;
import vn.hoptac.ApiTest;
import vn.hoptac.SignedInAs;

@ApiTest
class SignInAndAccountPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService userDetails;

	/** Creates an account through the users API, as an administrator; it must change its password. */
	private long createUser(String username, String password) throws Exception {
		long thaiNguyen = new Api(mvc).localityId("VN-19");
		return Api.id(new Api(mvc).as("admin").post("/api/v1/users", """
				{"username": "%s", "displayName": "Chuyên viên kiểm thử", "role": "PROVINCE_OFFICER",
				 "provinceId": %d, "password": "%s"}""".formatted(username, thaiNguyen, password))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.mustChangePassword").value(true))
			.andExpect(jsonPath("$.passwordHash").doesNotExist())
			.andExpect(content().string(not(containsString("argon2")))));
	}

	private static MockHttpSession session(MvcResult result) {
		return (MockHttpSession) result.getRequest().getSession();
	}

	@Test
	void signsInWithTheLoginForm() throws Exception {
		mvc.perform(get("/login"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"login-form\"")))
			.andExpect(content().string(containsString("id=\"demo-accounts\"")))
			.andExpect(content().string(containsString("thainguyen-lead")));
		mvc.perform(formLogin("/login").user("thainguyen").password("demo"))
			.andExpect(redirectedUrl("/"))
			.andExpect(authenticated().withUsername("thainguyen").withRoles("PROVINCE_OFFICER"));
	}

	@Test
	void aNewUserMustChangeThePasswordBeforeUsingThePages() throws Exception {
		String username = "newcomer-" + UUID.randomUUID().toString().substring(0, 8);
		createUser(username, "initial-password-1");

		MockHttpSession session = session(mvc.perform(formLogin("/login").user(username).password("initial-password-1"))
			.andExpect(authenticated())
			.andReturn());
		mvc.perform(get("/organisations").session(session)).andExpect(redirectedUrl("/account/password"));
		mvc.perform(get("/account/password").session(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Bạn cần đặt mật khẩu mới")));

		mvc.perform(post("/account/password").session(session)
			.with(csrf())
			.param("currentPassword", "initial-password-1")
			.param("newPassword", "long-enough-password")
			.param("confirmPassword", "different"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Hai lần nhập mật khẩu mới không khớp nhau.")));
		mvc.perform(post("/account/password").session(session)
			.with(csrf())
			.param("currentPassword", "initial-password-1")
			.param("newPassword", "short")
			.param("confirmPassword", "short"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Mật khẩu phải có ít nhất 10 ký tự.")));
		mvc.perform(get("/localities").session(session)).andExpect(redirectedUrl("/account/password"));
		mvc.perform(post("/account/password").session(session)
			.with(csrf())
			.param("currentPassword", "wrong-password")
			.param("newPassword", "brand-new-password-3")
			.param("confirmPassword", "brand-new-password-3"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Mật khẩu hiện tại không đúng.")));
		mvc.perform(post("/account/password").session(session)
			.with(csrf())
			.param("currentPassword", "initial-password-1")
			.param("newPassword", "brand-new-password-3")
			.param("confirmPassword", "brand-new-password-3"))
			.andExpect(redirectedUrl("/account"));

		mvc.perform(get("/organisations").session(session)).andExpect(status().isOk());
		mvc.perform(get("/account").session(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(username)))
			.andExpect(content().string(containsString("Chuyên viên Sở Ngoại vụ")))
			.andExpect(content().string(containsString("Thái Nguyên")));
		mvc.perform(formLogin("/login").user(username).password("brand-new-password-3")).andExpect(authenticated());
	}

	@Test
	void keepsAdministrationToAdministrators() throws Exception {
		SignedInAs signedIn = new SignedInAs(userDetails);
		mvc.perform(get("/admin/users").with(signedIn.user("thainguyen"))).andExpect(status().isForbidden());
		mvc.perform(get("/admin/users").with(signedIn.user("mofa"))).andExpect(status().isForbidden());
		mvc.perform(get("/admin/users").accept(MediaType.TEXT_HTML)).andExpect(redirectedUrl("/login"));
		new Api(mvc).as("thainguyen").get("/api/v1/users").andExpect(status().isForbidden());
		new Api(mvc).as("mofa").post("/api/v1/users", "{}").andExpect(status().isForbidden());
		new Api(mvc).get("/api/v1/users").andExpect(status().isUnauthorized());

		mvc.perform(get("/admin/users").with(signedIn.user("admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("thainguyen-lead")))
			.andExpect(content().string(containsString("Lãnh đạo Sở Ngoại vụ")));
		new Api(mvc).as("admin")
			.get("/api/v1/users?size=200")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].passwordHash").isEmpty())
			.andExpect(content().string(not(containsString("argon2"))));
	}

	@Test
	void administratorsManageUsersThroughThePages() throws Exception {
		SignedInAs signedIn = new SignedInAs(userDetails);
		String username = "paged-" + UUID.randomUUID().toString().substring(0, 8);
		mvc.perform(get("/admin/users/new").with(signedIn.user("admin"))).andExpect(status().isOk());
		mvc.perform(post("/admin/users").with(signedIn.user("admin"))
			.with(csrf())
			.param("username", username)
			.param("displayName", "Chuyên viên")
			.param("role", "PROVINCE_OFFICER")
			.param("enabled", "true")
			.param("password", "long-enough-password"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Vai trò cấp tỉnh cần một tỉnh, thành phố đang có hiệu lực.")))
			.andExpect(content().string(not(containsString("long-enough-password"))));
		mvc.perform(post("/admin/users").with(signedIn.user("admin"))
			.with(csrf())
			.param("username", username)
			.param("displayName", "Chuyên viên")
			.param("role", "NATIONAL_ANALYST")
			.param("enabled", "true")
			.param("password", "short"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Mật khẩu phải có ít nhất 10 ký tự.")));
		MvcResult created = mvc.perform(post("/admin/users").with(signedIn.user("admin"))
			.with(csrf())
			.param("username", username)
			.param("displayName", "Chuyên viên Bộ")
			.param("role", "NATIONAL_ANALYST")
			.param("enabled", "true")
			.param("password", "long-enough-password"))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		String location = created.getResponse().getRedirectedUrl();
		mvc.perform(get(location).with(signedIn.user("admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(username)))
			.andExpect(content().string(containsString("id=\"reset-form\"")));
		mvc.perform(post(location).with(signedIn.user("admin"))
			.with(csrf())
			.param("version", "0")
			.param("displayName", "Chuyên viên Bộ (đã nghỉ)")
			.param("role", "NATIONAL_ANALYST")
			.param("_enabled", "on")).andExpect(redirectedUrl(location));
		mvc.perform(formLogin("/login").user(username).password("long-enough-password")).andExpect(unauthenticated());
	}

	@Test
	void nationalAnalystsReadTheAuditLog() throws Exception {
		SignedInAs signedIn = new SignedInAs(userDetails);
		mvc.perform(get("/admin/audit").with(signedIn.user("mofa")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Nhật ký thay đổi")))
			.andExpect(content().string(containsString("<ul class=\"changes\">")));
		mvc.perform(get("/admin/audit").param("entity", "organisation")
			.param("action", "CREATED")
			.header("HX-Request", "true")
			.with(signedIn.user("admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("<html"))))
			.andExpect(content().string(containsString("Tạo mới")));
		mvc.perform(get("/admin/audit").with(signedIn.user("thainguyen"))).andExpect(status().isForbidden());
	}

	@Test
	void aPersonalAccessTokenAuthenticatesApiWritesUntilRevoked() throws Exception {
		Api officer = new Api(mvc).as("thainguyen");
		var issued = officer.post("/api/v1/account/tokens", """
				{"name": "Excel import"}""").andExpect(status().isCreated());
		String secret = Api.read(issued, "$.secret");
		long tokenId = Api.id(issued);
		officer.get("/api/v1/account/tokens")
			.andExpect(jsonPath("$[?(@.id == " + tokenId + ")].name").value("Excel import"))
			.andExpect(jsonPath("$[*].secret").isEmpty());

		long thaiNguyen = officer.localityId("VN-19");
		String organisation = """
				{"type": "BUSINESS", "names": {"vi": "Công ty Mã truy cập %s"}, "country": "VN", "localityId": %d}""";
		mvc.perform(post("/api/v1/organisations").header(HttpHeaders.AUTHORIZATION, "Bearer " + secret)
			.contentType(MediaType.APPLICATION_JSON)
			.content(organisation.formatted(UUID.randomUUID(), thaiNguyen))).andExpect(status().isCreated());

		officer.delete("/api/v1/account/tokens/{id}", tokenId).andExpect(status().isNoContent());
		mvc.perform(post("/api/v1/organisations").header(HttpHeaders.AUTHORIZATION, "Bearer " + secret)
			.contentType(MediaType.APPLICATION_JSON)
			.content(organisation.formatted(UUID.randomUUID(), thaiNguyen))).andExpect(status().isUnauthorized());
	}

	@Test
	void issuesAndRevokesTokensOnTheAccountPage() throws Exception {
		SignedInAs signedIn = new SignedInAs(userDetails);
		mvc.perform(post("/account/tokens").with(signedIn.user("danang")).with(csrf()).param("name", " "))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Trường này là bắt buộc.")));
		MvcResult issued = mvc.perform(post("/account/tokens").with(signedIn.user("danang"))
			.with(csrf())
			.param("name", "Báo cáo quý"))
			.andExpect(redirectedUrl("/account"))
			.andReturn();
		Object token = issued.getFlashMap().get("issued");
		assertThat(token).isNotNull();
		mvc.perform(get("/account").with(signedIn.user("danang")).flashAttr("issued", token))
			.andExpect(content().string(containsString("hpt_")))
			.andExpect(content().string(containsString("Báo cáo quý")));
		mvc.perform(get("/account").with(signedIn.user("danang")))
			.andExpect(content().string(not(containsString("hpt_"))))
			.andExpect(content().string(containsString("Báo cáo quý")));
		long id = ((vn.hoptac.identity.IssuedToken) token).id();
		mvc.perform(post("/account/tokens/{id}/revoke", id).with(signedIn.user("danang")).with(csrf()))
			.andExpect(redirectedUrl("/account"));
		mvc.perform(post("/account/tokens/{id}/revoke", id).with(signedIn.user("danang")).with(csrf()))
			.andExpect(status().isNotFound());
	}

}
