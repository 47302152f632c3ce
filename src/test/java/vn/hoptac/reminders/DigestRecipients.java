package vn.hoptac.reminders;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import vn.hoptac.Api;
import vn.hoptac.identity.User;
import vn.hoptac.identity.UserService;
import vn.hoptac.shared.Access;

/** Officers made for one test through the users API, each with an address of their own. */
record DigestRecipients(Api admin, UserService users) {

	/** A Thái Nguyên officer who reads pages in the language; their address is unique to the test. */
	User officer(String language) throws Exception {
		return create("PROVINCE_OFFICER", null, language);
	}

	/**
	 * A Thái Nguyên department focal official of a unit that keeps no records: nothing is due for
	 * them, so every run of the digest asks for their reminders again.
	 */
	User focalWithNothingDue() throws Exception {
		List<Map<String, Object>> units = Api.read(admin.get("/api/v1/organisations?country=VN&size=50"), "$.items");
		Object unit = units.stream()
			.filter(o -> !String.valueOf(o.get("name")).startsWith("Sở Kế hoạch và Đầu tư tỉnh Thái Nguyên"))
			.findFirst()
			.orElseThrow()
			.get("id");
		return create("DEPARTMENT_FOCAL", ((Number) unit).longValue(), "vi");
	}

	private User create(String role, Long unit, String language) throws Exception {
		String name = "digest-" + UUID.randomUUID().toString().substring(0, 8);
		Api.id(admin.post("/api/v1/users", """
				{"username": "%s", "displayName": "Cán bộ %s", "role": "%s", "provinceId": %d, "organisationId": %s,
				 "email": "%s@example.test", "password": "correct-horse-2026"}"""
			.formatted(name, name, role, admin.localityId("VN-19"), unit, name)).andExpect(status().isCreated()));
		User user = users.findByUsername(name).orElseThrow();
		Access.as(user.actor(), () -> {
			users.chooseLanguage(language);
			return null;
		});
		return users.findByUsername(name).orElseThrow();
	}

}
