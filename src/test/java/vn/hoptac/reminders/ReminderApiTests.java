package vn.hoptac.reminders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import vn.hoptac.Api;
import vn.hoptac.ApiTest;
import vn.hoptac.reminders.ReminderFixtures.Agreement;

/**
 * {@code GET /api/v1/reminders}: each kind the agreements report at 90 days, 30 days and overdue,
 * the kind and horizon filters, labels in the request's language, and who is responsible.
 */
@ApiTest
class ReminderApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Clock clock;

	Api admin;

	ReminderFixtures fixtures;

	LocalDate today;

	@BeforeEach
	void setUp() throws Exception {
		admin = new Api(mvc).as("admin");
		fixtures = ReminderFixtures.of(admin);
		today = LocalDate.now(clock);
	}

	@Test
	void eachKindAtNinetyAndThirtyDaysAndOverdue() throws Exception {
		Agreement in60 = fixtures.expiring("Hết hiệu lực sau 60 ngày", today.plusDays(60));
		Agreement in20 = fixtures.expiring("Hết hiệu lực sau 20 ngày", today.plusDays(20));
		Agreement in120 = fixtures.expiring("Hết hiệu lực sau 120 ngày", today.plusDays(120));
		Agreement reportDue = fixtures.signed("Vừa ký, chưa báo cáo", today.minusDays(3));
		Agreement reportLate = fixtures.signed("Ký đã lâu, chưa báo cáo", today.minusDays(40));

		List<Map<String, Object>> mine = reminders(admin.as("thainguyen"), "");
		assertThat(find(mine, in60)).containsEntry("kind", "agreement.expiring")
			.containsEntry("severity", "UPCOMING")
			.containsEntry("kindLabel", "Thỏa thuận sắp hết hiệu lực")
			.containsEntry("dueOn", today.plusDays(60).toString())
			.containsEntry("daysLeft", 60)
			.containsEntry("link", "/agreements/" + in60.id());
		assertThat(find(mine, in20)).containsEntry("kind", "agreement.expiring")
			.containsEntry("severity", "DUE_SOON")
			.containsEntry("status", "còn 20 ngày");
		assertThat(find(mine, reportDue)).containsEntry("kind", "agreement.deadline.due")
			.containsEntry("severity", "DUE_SOON")
			.containsEntry("dueOn", today.plusDays(12).toString())
			.containsEntry("detail", "Báo cáo sau khi ký (15 ngày)");
		assertThat(find(mine, reportLate)).containsEntry("kind", "agreement.deadline.overdue")
			.containsEntry("severity", "OVERDUE")
			.containsEntry("daysLeft", -25)
			.containsEntry("status", "quá hạn 25 ngày");
		assertThat(titles(mine)).as("beyond the default 90 days").doesNotContain(in120.title());
		assertThat(mine).extracting(r -> (String) r.get("dueOn")).as("the soonest first").isSorted();

		assertThat(titles(reminders(admin.as("thainguyen"), "horizon=150"))).contains(in120.title());
		assertThat(titles(reminders(admin.as("thainguyen"), "horizon=30"))).contains(in20.title(),
				reportDue.title(), reportLate.title())
			.doesNotContain(in60.title());
		List<Map<String, Object>> expiring = reminders(admin.as("thainguyen"), "kind=agreement.expiring");
		assertThat(expiring).extracting(r -> r.get("kind")).containsOnly("agreement.expiring");
		assertThat(titles(expiring)).contains(in60.title(), in20.title()).doesNotContain(reportDue.title());

		assertThat(find(reminders(admin.as("thainguyen").in("en"), ""), reportDue))
			.containsEntry("kindLabel", "Statutory deadlines due in the next 30 days")
			.containsEntry("detail", "Report after signing (15 days)")
			.containsEntry("status", "12 days left");
		assertThat(find(reminders(admin.as("thainguyen").in("ko"), ""), reportLate))
			.containsEntry("kindLabel", "법정 기한 경과")
			.containsEntry("severityLabel", "기한 경과");
	}

	@Test
	void anOfficerSeesOnlyTheRemindersOfTheirOwnProvince() throws Exception {
		Agreement expiring = fixtures.expiring("Của Thái Nguyên, sắp hết hiệu lực", today.plusDays(10));
		Agreement late = fixtures.signed("Của Thái Nguyên, quá hạn báo cáo", today.minusDays(30));
		// shared records: the Đà Nẵng officer reads them, but does not answer for them
		admin.as("danang").get("/api/v1/agreements/{id}", expiring.id()).andExpect(status().isOk());
		for (String other : List.of("danang", "langson")) {
			assertThat(titles(reminders(admin.as(other), "horizon=366"))).doesNotContain(expiring.title(),
					late.title());
		}
		assertThat(titles(reminders(admin.as("thainguyen-lead"), ""))).contains(expiring.title(), late.title());
		assertThat(titles(reminders(admin.as("mofa"), ""))).as("national oversight")
			.contains(expiring.title(), late.title());
		// a partner reads the agreements shared with them expiring, but statutory deadlines do not bind them
		List<Map<String, Object>> partner = reminders(admin.as("partner"), "");
		assertThat(titles(partner)).contains(expiring.title()).doesNotContain(late.title());
		assertThat(partner).extracting(r -> r.get("kind")).doesNotContain("agreement.deadline.overdue");
	}

	@Test
	void refusesAnOutOfRangeHorizonNamingItAndAsksVisitorsToSignIn() throws Exception {
		admin.as("thainguyen")
			.get("/api/v1/reminders?horizon=0")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("horizon"))
			.andExpect(jsonPath("$.errors[0].message").value("Khoảng thời gian nhắc việc phải từ 1 đến 366 ngày."));
		admin.as("thainguyen").in("en").get("/api/v1/reminders?horizon=400").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message").value("Reminders look ahead from 1 to 366 days."));
		admin.anonymous().get("/api/v1/reminders").andExpect(status().isUnauthorized());
	}

	static List<Map<String, Object>> reminders(Api api, String query) throws Exception {
		return Api.read(api.get("/api/v1/reminders?" + query).andExpect(status().isOk()), "$.items");
	}

	static List<String> titles(List<Map<String, Object>> reminders) {
		return reminders.stream().map(r -> (String) r.get("title")).toList();
	}

	static Map<String, Object> find(List<Map<String, Object>> reminders, Agreement agreement) {
		return reminders.stream()
			.filter(r -> agreement.title().equals(r.get("title")))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no reminder for " + agreement.title()));
	}

}
