package vn.hoptac.identity;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.UUID;

import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.hoptac.shared.Access;
import vn.hoptac.shared.Role;

/** Accounts made for one test, and sign-ins (form or HTTP Basic) from a chosen address. */
final class TestAccounts {

	static final String PASSWORD = "correct-horse-2026";

	private final UserService users;

	TestAccounts(UserService users) {
		this.users = users;
	}

	/** A new account, enabled, that need not change its password; its name starts with {@code prefix}. */
	User create(String prefix, Role role, Long provinceId) {
		return create(prefix, role, provinceId, false);
	}

	User create(String prefix, Role role, Long provinceId, boolean mustChangePassword) {
		String username = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
		return Access.asSystem(() -> users.register(
				new UserDraft(username, "Tài khoản kiểm thử", role, provinceId, null, true), PASSWORD,
				mustChangePassword));
	}

	static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	/** The sign-in form posted from {@code address}. */
	static MockHttpServletRequestBuilder formSignIn(String username, String password, String address) {
		return post("/login").param("username", username)
			.param("password", password)
			.with(csrf())
			.with(from(address));
	}

	/** An API call with HTTP Basic from {@code address}. */
	static MockHttpServletRequestBuilder basic(HttpMethod method, String path, String username, String password,
			String address) {
		return MockMvcRequestBuilders.request(method, path).with(httpBasic(username, password)).with(from(address));
	}

	/** A browser session signed in with the form. */
	static MockHttpSession signIn(MockMvc mvc, String username, String password) throws Exception {
		return (MockHttpSession) mvc.perform(formSignIn(username, password, "192.0.2.1"))
			.andExpect(authenticated().withUsername(username))
			.andReturn()
			.getRequest()
			.getSession();
	}

}
