package vn.hoptac.reminders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import vn.hoptac.Api;
import vn.hoptac.ApiTest;
import vn.hoptac.SignedInAs;
import vn.hoptac.identity.User;
import vn.hoptac.identity.UserService;
import vn.hoptac.reminders.ReminderFixtures.Agreement;
import vn.hoptac.reminders.internal.DailyDigest;

/** Without SMTP the digests wait in the outbox, which administrators alone read (page and API). */
@ApiTest
class DigestOutboxTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	DailyDigest digest;

	@Autowired
	UserService users;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	Clock clock;

	@Test
	void withoutSmtpTheDigestWaitsInTheOutboxForAdministrators() throws Exception {
		Api admin = new Api(mvc).as("admin");
		LocalDate today = LocalDate.now(clock);
		Agreement late = ReminderFixtures.of(admin).signed("Thỏa thuận chờ gửi thư", today.minusDays(30));
		User officer = new DigestRecipients(admin, users).officer("en");

		assertThat(digest.run(today).sent()).as("no mail server").isZero();
		digest.run(today);

		List<Map<String, Object>> rows = Api.read(admin.get("/api/v1/admin/outbox?size=200"), "$.items");
		List<Map<String, Object>> officers = rows.stream()
			.filter(row -> officer.getEmail().equals(row.get("email")))
			.toList();
		assertThat(officers).as("one digest a day, however many runs").hasSize(1);
		Map<String, Object> row = officers.get(0);
		assertThat(row).containsEntry("digestOn", today.toString())
			.containsEntry("language", "en")
			.containsEntry("sentAt", null)
			.containsEntry("attempts", 0);
		assertThat((String) row.get("body")).contains(late.title(), "Statutory deadlines passed",
				"http://localhost:8080/agreements/" + late.id());

		SignedInAs signedIn = new SignedInAs(userDetails);
		String page = mvc.perform(get("/admin/outbox").param("lang", "vi").with(signedIn.user("admin")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Thư nhắc việc hằng ngày", officer.getEmail(), "chờ gửi", "English");

		admin.as("thainguyen").get("/api/v1/admin/outbox").andExpect(status().isForbidden());
		admin.as("mofa").get("/api/v1/admin/outbox").andExpect(status().isForbidden());
		mvc.perform(get("/admin/outbox").with(signedIn.user("thainguyen-lead"))).andExpect(status().isForbidden());
		admin.anonymous().get("/api/v1/admin/outbox").andExpect(status().isUnauthorized());
	}

}
