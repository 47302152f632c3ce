package vn.hoptac.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.hoptac.Api;
import vn.hoptac.ApiTest;
import vn.hoptac.shared.Access;
import vn.hoptac.shared.RuleViolationException;

@ApiTest
class EventApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	EventService events;

	Api api;

	long daNang;

	String tag;

	@BeforeEach
	void setUp() throws Exception {
		api = new Api(mvc).as("admin");
		daNang = api.localityId("VN-48");
		tag = "evt" + UUID.randomUUID().toString().substring(0, 8);
	}

	private String event(String kind, String start, String end, String figures) {
		return """
				{"title": "Sự kiện %s", "kind": "%s", "role": "HOSTED", "vnLocalityId": %d, "venueLocalityId": %d,
				 "startOn": %s, "endOn": %s, "figures": [%s], "visibility": "PUBLIC",
				 "source": "001_35b6366d42811707.txt §4.4.1 (p. 124–125)"}"""
			.formatted(tag, kind, daNang, daNang, start == null ? "null" : "\"" + start + "\"",
					end == null ? "null" : "\"" + end + "\"", figures);
	}

	@Test
	void keepsFiguresAsSingleValuesOrRangesWithTheirQualifiers() throws Exception {
		long id = Api.id(api.post("/api/v1/events", event("INVESTMENT_PROMOTION", "2025", null, """
				{"measure": "DELEGATES", "valueMin": 400, "valueMax": 800},
				{"measure": "CONNECTIONS", "valueMin": 1000, "qualifier": "MORE_THAN"},
				{"measure": "JOURNALISTS", "valueMin": 3000, "qualifier": "ABOUT"}""").replace("\"role\"",
				"\"coversEvents\": 4, \"role\""))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.venueCountry").value("VN"))
			.andExpect(jsonPath("$.coversEvents").value(4))
			.andExpect(jsonPath("$.figures[0].valueMin").value(400))
			.andExpect(jsonPath("$.figures[0].valueMax").value(800))
			.andExpect(jsonPath("$.figures[0].qualifier").value("EXACT"))
			.andExpect(jsonPath("$.figures[1].valueMax").value(1000))
			.andExpect(jsonPath("$.figures[1].qualifier").value("MORE_THAN"))
			.andExpect(jsonPath("$.figures[2].qualifier").value("ABOUT")));
		api.get("/api/v1/events?q={q}&kind=INVESTMENT_PROMOTION&yearFrom=2025&yearTo=2025", tag)
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.items[0].id").value(id));
		api.get("/api/v1/events?q={q}&locality={l}", tag, daNang).andExpect(jsonPath("$.total").value(1));
		api.get("/api/v1/events?q={q}&role=ATTENDED", tag).andExpect(jsonPath("$.total").value(0));
	}

	@Test
	void refusesRangesUpsideDownNegativeFiguresAndEndsBeforeStartsWritingNothing() throws Exception {
		long before = jdbc.sql("select count(*) from event").query(Long.class).single();
		String bad = event("FORUM", "2020-12", "2014-12", """
				{"measure": "DELEGATES", "valueMin": 800, "valueMax": 400},
				{"measure": "BUSINESSES", "valueMin": -5},
				{"measure": "DELEGATES", "valueMin": 1}""").replace("\"role\"", "\"coversEvents\": 0, \"role\"");
		api.post("/api/v1/events", bad)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("endOn")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("coversEvents")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("figures[0].valueMax")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("figures[1].valueMin")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("figures[2].measure")))
			.andExpect(jsonPath("$.errors[*].message", hasItem("Đầu trên của khoảng không được nhỏ hơn đầu dưới (800).")));
		api.in("en").post("/api/v1/events", bad)
			.andExpect(jsonPath("$.errors[*].message", hasItem("The top of the range must not be below its bottom (800).")));
		api.in("ko").post("/api/v1/events", bad)
			.andExpect(jsonPath("$.errors[*].message", hasItem("값은 음수일 수 없습니다.")));
		api.post("/api/v1/events", """
				{"title": "Không có bên Việt Nam", "kind": "OTHER", "venueCountry": "XX"}""")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("vnLocalityId")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("venueCountry")));

		assertThat(jdbc.sql("select count(*) from event").query(Long.class).single()).isEqualTo(before);
	}

	@Test
	void awardsAtAnEventShowOnItAndKeepItFromBeingDeleted() throws Exception {
		long id = Api.id(api.post("/api/v1/events", event("CONFERENCE", "2014-12", "2014-12", ""))
			.andExpect(status().isCreated()));
		long award = Api.id(api.post("/api/v1/awards", """
				{"title": "Giải sáng kiến %s", "eventId": %d, "awardedOn": "2014-12", "visibility": "PUBLIC"}"""
			.formatted(tag, id)).andExpect(status().isCreated()).andExpect(jsonPath("$.ownerProvinceId").value(daNang)));
		api.get("/api/v1/events/{id}", id).andExpect(jsonPath("$.awards[0].id").value(award));
		api.delete("/api/v1/events/{id}", id).andExpect(status().isConflict());
		api.post("/api/v1/awards", """
				{"title": "Giải không rõ nơi nhận"}""")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("vnLocalityId"));
		api.post("/api/v1/awards", """
				{"title": "Giải", "eventId": 999999999}""")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("eventId"));
	}

	@Test
	void anOfficerSeesAndWritesWithinTheirProvince() throws Exception {
		Api thainguyen = new Api(mvc).as("thainguyen");
		thainguyen.post("/api/v1/events", event("FORUM", "2019", null, "")).andExpect(status().isForbidden());
		long own = Api.id(new Api(mvc).as("danang").post("/api/v1/events",
				event("FORUM", "2019", null, "").replace("PUBLIC", "INTERNAL")).andExpect(status().isCreated()));
		thainguyen.get("/api/v1/events/{id}", own).andExpect(status().isForbidden());
		thainguyen.get("/api/v1/events?q={q}", tag).andExpect(jsonPath("$.total").value(0));
		new Api(mvc).as("partner").get("/api/v1/events/{id}", own).andExpect(status().isForbidden());
	}

	private static String project(String title, long vnLocality, String extra) {
		return """
				{"title": "%s", "modality": "ODA_GRANT", "activityStatus": "2", "vnLocalityId": %d,
				 "actualStart": "2020", "fields": ["ENVIRONMENT"]%s}""".formatted(title, vnLocality, extra);
	}

	@Test
	void anEventNamesOnlyAProjectItsWriterMayReadWritingNothingOtherwise() throws Exception {
		long before = jdbc.sql("select count(*) from event").query(Long.class).single();
		String missing = event("FORUM", "2019", null, "").replace("\"role\"", "\"projectId\": 999999999, \"role\"");
		api.as("danang").post("/api/v1/events", missing)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("projectId"))
			.andExpect(jsonPath("$.errors[0].message").value("Không tồn tại bản ghi được tham chiếu (999999999)."));
		api.as("danang").in("en").post("/api/v1/events", missing)
			.andExpect(jsonPath("$.errors[0].message").value("The referenced record (999999999) does not exist."));
		// a project of another province kept internal is not the Đà Nẵng officer's to name
		long thaiNguyen = api.localityId("VN-19");
		long hidden = Api.id(new Api(mvc).as("thainguyen")
			.post("/api/v1/projects", project("Dự án nội bộ " + tag, thaiNguyen,
					", \"visibility\": \"INTERNAL\""))
			.andExpect(status().isCreated()));
		String unreadable = event("FORUM", "2019", null, "").replace("\"role\"", "\"projectId\": " + hidden + ", \"role\"");
		api.as("danang").in("ko").post("/api/v1/events", unreadable)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("projectId"))
			.andExpect(jsonPath("$.errors[0].message").value("참조한 기록(" + hidden + ")이 존재하지 않습니다."));
		long event = Api.id(api.post("/api/v1/events", event("FORUM", "2019", null, "")).andExpect(status().isCreated()));
		assertThatThrownBy(() -> Access.asSystem(() -> events.belongToProject(event, 999999999L, null)))
			.isInstanceOf(RuleViolationException.class);
		assertThat(jdbc.sql("select count(*) from event").query(Long.class).single()).isEqualTo(before + 1);
		assertThat(jdbc.sql("select project_id from event where id = ?").param(event).query(Long.class).optional())
			.isEmpty();

		long readable = Api.id(new Api(mvc).as("danang")
			.post("/api/v1/projects", project("Dự án " + tag, daNang, ""))
			.andExpect(status().isCreated()));
		api.as("danang").post("/api/v1/events", event("FORUM", "2019", null, "")
			.replace("\"role\"", "\"projectId\": " + readable + ", \"role\""))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.projectId").value(readable));
	}

}
