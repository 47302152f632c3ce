package vn.hoptac.reminders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import vn.hoptac.Api;
import vn.hoptac.ApiTest;
import vn.hoptac.SignedInAs;

/**
 * A module that declares a {@link vn.hoptac.shared.ReminderSource} bean is heard everywhere without a
 * change to the reminders: in the API, with its kind filter, and on the home page.
 */
@ApiTest
@Import(TestReminderSource.class)
class ReminderSourcesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService userDetails;

	@Test
	void aNewModulesRemindersReachTheApiAndTheHomePage() throws Exception {
		Api officer = new Api(mvc).as("danang");
		List<Map<String, Object>> all = ReminderApiTests.reminders(officer, "");
		assertThat(all).anySatisfy(r -> assertThat(r).containsEntry("kind", TestReminderSource.KIND)
			.containsEntry("title", TestReminderSource.TITLE)
			.containsEntry("severity", "OVERDUE")
			.containsEntry("link", "/follow-ups/7"));
		assertThat(ReminderApiTests.reminders(officer, "kind=" + TestReminderSource.KIND))
			.extracting(r -> r.get("kind"))
			.containsExactly(TestReminderSource.KIND);

		String home = mvc.perform(get("/").with(new SignedInAs(userDetails).user("danang")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(home).contains("id=\"reminders-test-follow-up-overdue\"", TestReminderSource.TITLE,
				"href=\"/follow-ups/7\"");
	}

}
