package vn.hoptac.forums;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.hibernate.Hibernate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import vn.hoptac.Api;
import vn.hoptac.ApiTest;
import vn.hoptac.SignedInAs;

/**
 * Forums through the API: participants' pillars taken from their organisations' kinds unless given,
 * the list's facets, each bad field named, stale versions refused, and overdue follow-ups among the
 * reminders of the forum's province only.
 */
@ApiTest
class ForumApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Autowired
	UserDetailsService userDetails;

	Api admin;

	Api officer;

	long thaiNguyen;

	String tag;

	LocalDate today;

	@BeforeEach
	void setUp() throws Exception {
		admin = new Api(mvc).as("admin");
		officer = admin.as("thainguyen");
		thaiNguyen = admin.localityId("VN-19");
		tag = "frm" + UUID.randomUUID().toString().substring(0, 8);
		today = LocalDate.now(clock);
	}

	private long organisation(String type) throws Exception {
		return Api.id(admin.post("/api/v1/organisations", """
				{"type": "%s", "names": {"vi": "Tổ chức %s %s"}, "country": "VN", "visibility": "PUBLIC"}"""
			.formatted(type, type.toLowerCase(java.util.Locale.ROOT), UUID.randomUUID())).andExpect(status().isCreated()));
	}

	private String forum(String participants, String followUps) {
		return """
				{"title": "Giao ban công tác đối ngoại %s", "kind": "COORDINATION_BRIEFING", "heldOn": "2025-06",
				 "place": "Thái Nguyên", "vnLocalityId": %d, "participants": [%s],
				 "agenda": "Rà soát quan hệ với các đối tác", "decisions": ["Rà soát thỏa thuận với Gyeongsangbuk"],
				 "followUps": [%s], "visibility": "INTERNAL", "source": "001_35b6366d42811707.txt §5.2"}"""
			.formatted(tag, thaiNguyen, participants, followUps);
	}

	@Test
	void participantsTakeTheirPillarFromTheOrganisationsKindUnlessGivenAndTheListFacetsFindThem() throws Exception {
		long university = organisation("UNIVERSITY");
		long business = organisation("BUSINESS");
		long id = Api.id(officer.post("/api/v1/forums", forum("""
				{"organisationId": %d}, {"organisationId": %d, "pillar": "COMMUNITY"}""".formatted(university, business),
				"""
						{"action": "Gửi báo cáo", "owner": "Sở Ngoại vụ", "dueOn": "2025-09-30", "status": "OPEN"}"""))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.participants[0].pillar").value("ACADEMIA"))
			.andExpect(jsonPath("$.participants[1].pillar").value("COMMUNITY"))
			.andExpect(jsonPath("$.province.name").exists())
			.andExpect(jsonPath("$.followUpProgress").value("OPEN"))
			.andExpect(jsonPath("$.heldOn").value("2025-06")));

		officer.get("/api/v1/forums?q={q}&pillar=ACADEMIA&year=2025&followUps=OPEN&kind=COORDINATION_BRIEFING", tag)
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.items[0].id").value(id));
		officer.get("/api/v1/forums?q={q}&pillar=BUSINESS", tag).andExpect(jsonPath("$.total").value(0));
		officer.get("/api/v1/forums?q={q}&year=2024", tag).andExpect(jsonPath("$.total").value(0));
		officer.get("/api/v1/forums?q={q}&followUps=SETTLED", tag).andExpect(jsonPath("$.total").value(0));
		// another province's officer does not see an internal forum of Thái Nguyên
		officer.as("danang").get("/api/v1/forums?q={q}", tag).andExpect(jsonPath("$.total").value(0));
	}

	@Test
	void namesEveryBadFieldInTheReadersLanguageWritingNothing() throws Exception {
		long other = organisation("OTHER");
		long before = jdbc.sql("select count(*) from forum").query(Long.class).single();
		String bad = """
				{"title": " ", "vnLocalityId": %d, "heldOn": "2025-13",
				 "participants": [{"organisationId": %d}, {"organisationId": %d, "pillar": "BUSINESS"}, {}],
				 "decisions": [" "],
				 "followUps": [{"owner": "Sở Ngoại vụ", "status": "OPEN", "doneOn": "2025-01-01"}, {"action": "Việc"}]}"""
			.formatted(thaiNguyen, other, other);
		officer.post("/api/v1/forums", bad)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("heldOn")));
		String badButDated = bad.replace("2025-13", "2025-12");
		officer.post("/api/v1/forums", badButDated)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("title")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("kind")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("participants[0].pillar")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("participants[1].organisationId")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("participants[2].organisationId")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("decisions[0]")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("followUps[0].action")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("followUps[0].doneOn")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("followUps[1].status")))
			.andExpect(jsonPath("$.errors[*].message",
					hasItem("Không suy ra được trụ cột từ loại hình tổ chức; vui lòng chọn trụ cột.")));
		officer.in("en").post("/api/v1/forums", badButDated)
			.andExpect(jsonPath("$.errors[*].message", hasItem("Only an action that is done has a day it was done.")));
		officer.in("ko").post("/api/v1/forums", badButDated)
			.andExpect(jsonPath("$.errors[*].message", hasItem("이 기관은 이미 참가 기관에 있습니다.")));
		assertThat(jdbc.sql("select count(*) from forum").query(Long.class).single()).isEqualTo(before);
	}

	@Test
	void aStaleVersionIsRefusedAndTheCurrentOneDeletes() throws Exception {
		long id = Api.id(officer.post("/api/v1/forums", forum("", "")).andExpect(status().isCreated()));
		String changed = forum("", "").replaceFirst("\\{", "{\"version\": 0, ").replace("Thái Nguyên\",", "Phổ Yên\",");
		officer.put("/api/v1/forums/{id}", changed, id)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.place").value("Phổ Yên"))
			.andExpect(jsonPath("$.followUpProgress").value("NONE"));
		officer.put("/api/v1/forums/{id}", changed, id).andExpect(status().isConflict());
		admin.delete("/api/v1/forums/{id}?version=0", id).andExpect(status().isConflict());
		admin.delete("/api/v1/forums/{id}?version=1", id).andExpect(status().isNoContent());
		admin.get("/api/v1/forums/{id}", id).andExpect(status().isNotFound());
	}

	@Test
	void anOverdueOpenFollowUpIsAReminderOfTheForumsProvinceUntilDone() throws Exception {
		String followUps = """
				{"action": "Gửi dự thảo kế hoạch %s", "dueOn": "%s", "status": "OPEN"},
				{"action": "Tổng hợp kiến nghị %s", "dueOn": "%s", "status": "OPEN"},
				{"action": "Báo cáo UBND tỉnh %s", "dueOn": "%s", "status": "DONE", "doneOn": "%s"}"""
			.formatted(tag, today.minusDays(3), tag, today.plusDays(3), tag, today.minusDays(10), today.minusDays(9));
		long id = Api.id(officer.post("/api/v1/forums", forum("", followUps)).andExpect(status().isCreated()));
		String title = "Giao ban công tác đối ngoại " + tag;

		List<Map<String, Object>> due = reminders(officer, "kind=forum.followUp.overdue&horizon=30");
		Map<String, Object> late = due.stream()
			.filter(r -> (title + " — Gửi dự thảo kế hoạch " + tag).equals(r.get("title")))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no overdue follow-up in " + due));
		assertThat(late).containsEntry("severity", "OVERDUE")
			.containsEntry("link", "/forums/" + id)
			.containsEntry("dueOn", today.minusDays(3).toString())
			.containsEntry("kindLabel", "Việc sau diễn đàn, giao ban quá hạn");
		// neither the one not yet due nor the one done is a reminder; nor is any of them another province's
		assertThat(titles(due)).noneMatch(t -> t.contains("Tổng hợp kiến nghị " + tag) || t.contains("Báo cáo UBND tỉnh " + tag));
		assertThat(titles(reminders(officer.as("danang"), "horizon=30"))).noneMatch(t -> t.startsWith(title));

		String done = forum("", followUps.replaceFirst("\"status\": \"OPEN\"", "\"status\": \"DONE\", \"doneOn\": \"" + today + "\""))
			.replaceFirst("\\{", "{\"version\": 0, ");
		officer.put("/api/v1/forums/{id}", done, id).andExpect(status().isOk());
		assertThat(titles(reminders(officer, "horizon=30"))).noneMatch(t -> t.startsWith(title));
	}

	@Test
	void theSeedHoldsTheForumsTheSourcesNameWithTheirSourcesAndNothingTheyDoNotSay() throws Exception {
		Api anonymous = admin.anonymous();
		anonymous.get("/api/v1/forums?q={q}&year=2014", "Phát triển Đô thị Đà Nẵng")
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.items[0].title").value("Diễn đàn Phát triển Đô thị Đà Nẵng lần thứ nhất"))
			.andExpect(jsonPath("$.items[0].heldOn").value("2014-12"))
			.andExpect(jsonPath("$.items[0].kind").value("PARTNER_FORUM"))
			.andExpect(jsonPath("$.items[0].vnLocalityId").value(admin.localityId("VN-48")))
			.andExpect(jsonPath("$.items[0].partnershipId").isNumber())
			// JICA, a donor agency, stands for the government pillar; the source names no other participant
			.andExpect(jsonPath("$.items[0].participants.length()").value(1))
			.andExpect(jsonPath("$.items[0].participants[0].pillar").value("GOVERNMENT"))
			.andExpect(jsonPath("$.items[0].place").doesNotExist())
			.andExpect(jsonPath("$.items[0].decisions.length()").value(0))
			.andExpect(jsonPath("$.items[0].source").value("001_35b6366d42811707.txt §4.3.3 c (p. 122)"));
		anonymous.get("/api/v1/forums?q={q}", "Gyeongsangbuk")
			.andExpect(jsonPath("$.items[0].heldOn").doesNotExist())
			.andExpect(jsonPath("$.items[0].source").value("000_4cf7d0040496a9b3.txt §3.4"));
	}

	private static List<Map<String, Object>> reminders(Api api, String query) throws Exception {
		return Api.read(api.get("/api/v1/reminders?" + query).andExpect(status().isOk()), "$.items");
	}

	private static List<String> titles(List<Map<String, Object>> reminders) {
		return reminders.stream().map(r -> (String) r.get("title")).toList();
	}

	@Test
	void theListPageReadsOnlyWhatItsRowsShow() throws Exception {
		long university = organisation("UNIVERSITY");
		officer.post("/api/v1/forums", forum("{\"organisationId\": %d}".formatted(university), ""))
			.andExpect(status().isCreated());
		var model = mvc.perform(get("/forums").param("q", tag)
			.with(new SignedInAs(userDetails).user("thainguyen")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(tag)))
			.andReturn()
			.getModelAndView()
			.getModel();
		@SuppressWarnings("unchecked")
		List<Forum> rows = (List<Forum>) model.get("found");
		assertThat(rows).hasSize(1);
		assertThat(Hibernate.isInitialized(rows.get(0).getParticipants())).isFalse();
		assertThat(Hibernate.isInitialized(rows.get(0).getDecisions())).isFalse();
		assertThat(Hibernate.isInitialized(rows.get(0).getFollowUps())).isFalse();
	}

}
