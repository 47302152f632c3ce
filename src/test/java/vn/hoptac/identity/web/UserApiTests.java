package vn.hoptac.identity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import vn.hoptac.Api;
import vn.hoptac.ApiTest;
import vn.hoptac.SignedInAs;
import vn.hoptac.identity.UserService;

/** A user's e-mail address and digest choice: stored, validated, shown in the form and in the history. */
@ApiTest
class UserApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	UserService users;

	Api admin;

	@BeforeEach
	void setUp() {
		admin = new Api(mvc).as("admin");
	}

	@Test
	void theAddressAndTheDigestChoiceMakeTheRoundTripAndTheHistory() throws Exception {
		String name = "email-" + UUID.randomUUID().toString().substring(0, 8);
		long id = Api.id(admin.post("/api/v1/users", """
				{"username": "%s", "displayName": "Thư", "role": "PARTNER", "email": " %s@example.test ",
				 "password": "correct-horse-2026"}""".formatted(name, name))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.email").value(name + "@example.test"))
			.andExpect(jsonPath("$.digestEnabled").value(true)));

		admin.put("/api/v1/users/{id}", """
				{"displayName": "Thư", "role": "PARTNER", "email": "moi.%s@example.test", "digestEnabled": false}"""
			.formatted(name), id).andExpect(status().isOk());
		admin.get("/api/v1/users/{id}", id)
			.andExpect(jsonPath("$.email").value("moi." + name + "@example.test"))
			.andExpect(jsonPath("$.digestEnabled").value(false));
		List<String> after = Api.read(admin.get("/api/v1/audit?entity=user&entityId={id}", id), "$.items[*].after");
		assertThat(String.join(" ", after)).contains("moi." + name + "@example.test");

		admin.put("/api/v1/users/{id}", """
				{"displayName": "Thư", "role": "PARTNER", "email": ""}""", id).andExpect(status().isOk());
		admin.get("/api/v1/users/{id}", id).andExpect(jsonPath("$.email").doesNotExist());
	}

	@Test
	void aBadAddressIsRefusedByNameInTheRequestsLanguageAndNothingIsWritten() throws Exception {
		String name = "bad-email-" + UUID.randomUUID().toString().substring(0, 8);
		String body = """
				{"username": "%s", "displayName": "Thư", "role": "PARTNER", "email": "%s",
				 "password": "correct-horse-2026"}""";
		admin.post("/api/v1/users", body.formatted(name, "khong-phai-dia-chi"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("email"))
			.andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.startsWith("Địa chỉ thư điện tử")));
		admin.in("en")
			.post("/api/v1/users", body.formatted(name, "a@b"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.startsWith("Not a valid e-mail")));
		admin.post("/api/v1/users", body.formatted(name, "x".repeat(250) + "@example.test"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("email"));
		assertThat(users.findByUsername(name)).as("nothing written").isEmpty();
	}

	@Test
	void theFormKeepsTheAddressAndTheDemoAccountsHaveOne() throws Exception {
		SignedInAs signedIn = new SignedInAs(userDetails);
		String page = mvc.perform(post("/admin/users").with(csrf()).with(signedIn.user("admin"))
			.param("lang", "vi")
			.param("username", "form-" + UUID.randomUUID().toString().substring(0, 8))
			.param("displayName", "Biểu mẫu")
			.param("role", "PARTNER")
			.param("email", "sai dia chi")
			.param("password", "correct-horse-2026")).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		assertThat(page).contains("id=\"f-email\"", "value=\"sai dia chi\"", "Địa chỉ thư điện tử không hợp lệ",
				"Nhận thư nhắc việc hằng ngày");
		assertThat(users.findByUsername("thainguyen").orElseThrow().getEmail()).isEqualTo("thainguyen@example.invalid");
	}

}
