package vn.hoptac.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Outside demo mode there are no demo accounts and no default password: the first administrator
 * comes from the environment and must change the password at first sign-in.
 */
@SpringBootTest(properties = { "hoptac.demo=false", "HOPTAC_ADMIN_USERNAME=chief",
		"HOPTAC_ADMIN_PASSWORD=first-secret-2026", "spring.datasource.url=jdbc:h2:mem:first-admin;DB_CLOSE_DELAY=-1" })
@AutoConfigureMockMvc
class FirstAdministratorTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserService users;

	@Test
	void createsOnlyTheAdministratorFromTheEnvironment() {
		assertThat(users.findByUsername("chief")).hasValueSatisfying(chief -> {
			assertThat(chief.getRole()).isEqualTo(vn.hoptac.shared.Role.ADMIN);
			assertThat(chief.isMustChangePassword()).isTrue();
		});
		assertThat(users.findByUsername("admin")).isEmpty();
		assertThat(users.findByUsername("thainguyen")).isEmpty();
	}

	@Test
	void demoPasswordsDoNotExistAndTheAdministratorMustChangeThePassword() throws Exception {
		mvc.perform(formLogin("/login").user("admin").password("demo")).andExpect(unauthenticated());
		var session = mvc.perform(formLogin("/login").user("chief").password("first-secret-2026"))
			.andExpect(authenticated())
			.andReturn()
			.getRequest()
			.getSession();
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/partnerships")
			.session((org.springframework.mock.web.MockHttpSession) session)).andExpect(redirectedUrl("/account/password"));
	}

}
