package vn.hoptac.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import vn.hoptac.ApiTest;

/**
 * A record form posted by hand with nothing but a title (no choice, no row, no version): every
 * page answers with the form and its errors, never a server error, and writes nothing.
 */
@ApiTest
class BareFormPostTests {

	static final List<String> FORMS = List.of("/agreements", "/delegations", "/delegation-plans", "/projects",
			"/partnerships", "/conferences", "/ngos", "/exchanges", "/events", "/memberships", "/awards", "/forums",
			"/policies", "/reviews", "/organisations", "/localities");

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Test
	void aFormWithOnlyATitleIsAnsweredWithItsErrors() throws Exception {
		List<String> failures = new ArrayList<>();
		for (String form : FORMS) {
			try {
				var response = mvc.perform(post(form).with(csrf()).with(user(users.loadUserByUsername("admin")))
					.param("title", "Chỉ có tên")
					.param("lang", "vi")).andReturn().getResponse();
				if (response.getStatus() != 200 || !response.getContentAsString().contains("has-error")) {
					failures.add(form + ": " + response.getStatus());
				}
			}
			catch (jakarta.servlet.ServletException ex) {
				failures.add(form + ": " + ex.getRootCause());
			}
		}
		assertThat(failures).isEmpty();
	}

}
