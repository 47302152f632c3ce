package vn.hoptac.reminders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.hoptac.reminders.ReminderApiTests.reminders;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import vn.hoptac.Api;
import vn.hoptac.ApiTest;

/**
 * The reminders the delegations and NGO modules report: a plan due for submission until it reaches
 * the People's Committee, a follow-up open after its day, a registration certificate running out;
 * each to the province that keeps the record and to no other.
 */
@ApiTest
class RecordRemindersTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Clock clock;

	Api officer;

	LocalDate today;

	long thaiNguyen;

	long gyeongbuk;

	@BeforeEach
	void setUp() throws Exception {
		officer = new Api(mvc).as("thainguyen");
		today = LocalDate.now(clock);
		thaiNguyen = officer.localityId("VN-19");
		gyeongbuk = officer.localityId("KR-37");
	}

	@Test
	void aPlanIsDueForSubmissionUntilItReachesThePeoplesCommittee() throws Exception {
		String title = "Kế hoạch đoàn ra, đoàn vào " + UUID.randomUUID();
		long plan = Api.id(officer.post("/api/v1/delegation-plans", """
				{"title": "%s", "vnLocalityId": %d, "year": %d, "kind": "ANNUAL", "dueOn": "%s"}"""
			.formatted(title, thaiNguyen, today.getYear() + 1, today.plusDays(20)))
			.andExpect(status().isCreated()));

		Map<String, Object> due = one(reminders(officer, "kind=delegation.plan.submission"), title);
		assertThat(due).containsEntry("severity", "DUE_SOON")
			.containsEntry("dueOn", today.plusDays(20).toString())
			.containsEntry("link", "/delegation-plans/" + plan)
			.containsEntry("kindLabel", "Kế hoạch đoàn ra, đoàn vào đến hạn trình");
		assertThat(titlesOf(reminders(officer.as("danang"), "horizon=366"))).doesNotContain(title);

		officer.post("/api/v1/delegation-plans/{id}/steps", """
				{"step": "SUBMITTED_TO_PEOPLES_COMMITTEE", "date": "%s"}""".formatted(today), plan)
			.andExpect(status().isCreated());
		assertThat(titlesOf(reminders(officer, "horizon=366"))).doesNotContain(title);
	}

	@Test
	void anOpenFollowUpPastItsDayIsOverdueUntilDone() throws Exception {
		String title = "Đoàn Gyeongsangbuk " + UUID.randomUUID();
		String body = """
				{"title": "%s", "direction": "INBOUND", "status": "HELD", "vnLocalityId": %d, "foreignLocalityId": %d,
				 "followUps": [{"action": "Gửi dự thảo bản ghi nhớ", "dueOn": "%s"%s},
				               {"action": "Chuẩn bị đoàn ra", "dueOn": "%s"}]}""";
		long delegation = Api.id(officer.post("/api/v1/delegations",
				body.formatted(title, thaiNguyen, gyeongbuk, today.minusDays(5), "", today.plusDays(5)))
			.andExpect(status().isCreated()));

		List<Map<String, Object>> overdue = reminders(officer, "kind=delegation.followUp.overdue");
		Map<String, Object> late = one(overdue, title + " — Gửi dự thảo bản ghi nhớ");
		assertThat(late).containsEntry("severity", "OVERDUE").containsEntry("link", "/delegations/" + delegation);
		// the follow-up not yet due is no reminder
		assertThat(titlesOf(overdue)).doesNotContain(title + " — Chuẩn bị đoàn ra");
		assertThat(titlesOf(reminders(officer.as("danang"), ""))).noneMatch(t -> t.startsWith(title));

		long version = ((Number) Api.read(officer.get("/api/v1/delegations/{id}", delegation), "$.version")).longValue();
		officer.put("/api/v1/delegations/{id}", body
			.formatted(title, thaiNguyen, gyeongbuk, today.minusDays(5),
					", \"status\": \"DONE\", \"doneOn\": \"" + today + "\"", today.plusDays(5))
			.replaceFirst("\\{", "{\"version\": " + version + ", "), delegation)
			.andExpect(status().isOk());
		assertThat(titlesOf(reminders(officer, ""))).noneMatch(t -> t.startsWith(title));
	}

	@Test
	void aCertificateRunningOutWithinTheHorizonIsReported() throws Exception {
		Api admin = officer.as("admin");
		String name = "Tổ chức " + UUID.randomUUID();
		long ngo = Api.id(admin.post("/api/v1/organisations", """
				{"type": "FOREIGN_NGO", "names": {"vi": "%s"}, "country": "KR", "visibility": "PUBLIC"}"""
			.formatted(name)).andExpect(status().isCreated()));
		long file = Api.id(officer.post("/api/v1/ngos", """
				{"organisationId": %d, "vnLocalityId": %d, "status": "ACTIVE",
				 "certificates": [{"type": "PROJECT_OFFICE", "number": "GĐK-77", "validFrom": "%s", "validTo": "%s",
				                   "status": "VALID"}]}"""
			.formatted(ngo, thaiNguyen, today.minusYears(2), today.plusDays(60)))
			.andExpect(status().isCreated()));

		Map<String, Object> expiring = one(reminders(officer, "horizon=90"), name + " — GĐK-77");
		assertThat(expiring).containsEntry("kind", "ngo.certificate.expiring")
			.containsEntry("severity", "UPCOMING")
			.containsEntry("link", "/ngos/" + file);
		assertThat(titlesOf(reminders(officer, "horizon=30"))).doesNotContain(name + " — GĐK-77");
		assertThat(titlesOf(reminders(officer.as("danang"), "horizon=90"))).doesNotContain(name + " — GĐK-77");
	}

	private static Map<String, Object> one(List<Map<String, Object>> reminders, String title) {
		return reminders.stream()
			.filter(r -> title.equals(r.get("title")))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no reminder titled " + title + " in " + reminders));
	}

	private static List<String> titlesOf(List<Map<String, Object>> reminders) {
		return ReminderApiTests.titles(reminders);
	}

}
