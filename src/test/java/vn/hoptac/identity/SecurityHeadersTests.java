package vn.hoptac.identity;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import vn.hoptac.ApiTest;

/** Pages and the API carry strict security headers, and a form post without its CSRF token is refused. */
@ApiTest
class SecurityHeadersTests {

	@Autowired
	MockMvc mvc;

	@Test
	void pagesSendContentSecurityPolicyFrameOptionsAndNoSniff() throws Exception {
		mvc.perform(get("/login"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")))
			.andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")))
			.andExpect(header().string("X-Frame-Options", "DENY"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"));
	}

	@Test
	void pagesAndTheApiLimitReferrersAndDenyBrowserFeatures() throws Exception {
		for (String path : new String[] { "/login", "/api/v1/localities?size=1" }) {
			mvc.perform(get(path))
				.andExpect(status().isOk())
				.andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"))
				.andExpect(header().string("Permissions-Policy", containsString("camera=()")))
				.andExpect(header().string("Permissions-Policy", containsString("microphone=()")))
				.andExpect(header().string("Permissions-Policy", containsString("geolocation=()")));
		}
	}

	@Test
	void refusesAFormPostWithoutItsCsrfToken() throws Exception {
		mvc.perform(post("/login").param("username", "thainguyen").param("password", "demo"))
			.andExpect(status().isForbidden());
	}

}
