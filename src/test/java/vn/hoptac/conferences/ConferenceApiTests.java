package vn.hoptac.conferences;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import vn.hoptac.Api;
import vn.hoptac.ApiTest;

@ApiTest
class ConferenceApiTests {

	@Autowired
	MockMvc mvc;

	Api api;

	long thaiNguyen;

	long gyeongbuk;

	@BeforeEach
	void setUp() throws Exception {
		api = new Api(mvc).as("admin");
		thaiNguyen = api.localityId("VN-19");
		gyeongbuk = api.localityId("KR-37");
	}

	/** A workshop hosted by Thái Nguyên with Gyeongsangbuk, its dates and dossier path as given. */
	private String conference(String title, String start, String end, String steps) {
		return """
				{"title": "%s", "kind": "WORKSHOP", "vnLocalityId": %d, "foreignLocalityId": %d,
				 "startOn": %s, "endOn": %s, "participants": 120, "participantsQualifier": "ABOUT",
				 "authority": "PROVINCE_CHAIRMAN", "fields": ["EDUCATION"], "visibility": "INTERNAL",
				 "steps": [%s]}""".formatted(title, thaiNguyen, gyeongbuk, quoted(start), quoted(end), steps);
	}

	private static String quoted(String text) {
		return text == null ? "null" : "\"" + text + "\"";
	}

	private static String step(String stage, String date) {
		return """
				{"stage": "%s", "stepOn": %s, "documentRef": "Công văn %s"}""".formatted(stage, quoted(date), stage);
	}

	private int total() throws Exception {
		return Api.read(api.get("/api/v1/conferences?size=1"), "$.total");
	}

	@Test
	void recordsTheDossierPathAndKeepsTheFurthestStepAsTheStage() throws Exception {
		String title = "Hội thảo nông nghiệp thông minh " + UUID.randomUUID();
		long id = Api.id(api.post("/api/v1/conferences", conference(title, "2024-05-10", "2024-05-11",
				String.join(",", step("HELD", "2024-05-10"), step("DOSSIER_RECEIVED", "2024-02"),
						step("APPROVED", "2024-03"), step("APPRAISED", "2024-03-01"))))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.stage").value("HELD"))
			.andExpect(jsonPath("$.foreignCountry").value("KR"))
			.andExpect(jsonPath("$.ownerProvinceId").value(thaiNguyen)));
		api.get("/api/v1/conferences/{id}", id)
			.andExpect(jsonPath("$.startOn").value("2024-05-10"))
			.andExpect(jsonPath("$.participantsQualifier").value("ABOUT"))
			.andExpect(jsonPath("$.host.name").value("Thái Nguyên"))
			.andExpect(jsonPath("$.steps[*].stage").value(org.hamcrest.Matchers.contains("DOSSIER_RECEIVED",
					"APPRAISED", "APPROVED", "HELD")))
			.andExpect(jsonPath("$.steps[1].stepOn").value("2024-03-01"));
	}

	@Test
	void refusesHoldingOrReportingARefusedConferenceInEveryLanguageWritingNothing() throws Exception {
		String refusedThenHeld = conference("Hội thảo bị từ chối " + UUID.randomUUID(), "2024", null,
				String.join(",", step("DOSSIER_RECEIVED", "2024-01"), step("REFUSED", "2024-02"),
						step("HELD", "2024-06")));
		int before = total();
		api.post("/api/v1/conferences", refusedThenHeld)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("steps[2].stage"))
			.andExpect(jsonPath("$.errors[0].message", containsString("không được cho phép")));
		api.in("en").post("/api/v1/conferences", refusedThenHeld)
			.andExpect(jsonPath("$.errors[0].message", containsString("“Held” cannot be recorded: the conference was refused")));
		api.in("ko").post("/api/v1/conferences", refusedThenHeld)
			.andExpect(jsonPath("$.errors[0].message", containsString("불허")));
		assertThat(total()).isEqualTo(before);

		// and on an update: the refused conference stays as it was
		long id = Api.id(api.post("/api/v1/conferences", conference("Hội thảo " + UUID.randomUUID(), "2024", null,
				String.join(",", step("DOSSIER_RECEIVED", "2024-01"), step("REFUSED", "2024-02"))))
			.andExpect(status().isCreated()));
		String reported = conference("Hội thảo (sửa)", "2024", null, String.join(",", step("DOSSIER_RECEIVED", "2024-01"),
				step("REFUSED", "2024-02"), step("REPORTED", "2024-12")));
		api.put("/api/v1/conferences/{id}", reported, id)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("steps[2].stage"));
		api.get("/api/v1/conferences/{id}", id)
			.andExpect(jsonPath("$.stage").value("REFUSED"))
			.andExpect(jsonPath("$.version").value(0));
	}

	@Test
	void acceptsHoldingAfterALaterApprovalAndAHeldConferenceWithoutItsDossier() throws Exception {
		api.post("/api/v1/conferences", conference("Hội thảo được xét lại " + UUID.randomUUID(), "2024-09", null,
				String.join(",", step("REFUSED", "2024-02"), step("APPROVED", "2024-05"), step("HELD", "2024-09"))))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.stage").value("HELD"));
		api.post("/api/v1/conferences", conference("Hội thảo quang tử " + UUID.randomUUID(), "2009-12", null,
				step("HELD", "2009-12")))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.steps[0].stepOn").value("2009-12"));
	}

	@Test
	void refusesAStepDatedBeforeOneThatMustPrecedeIt() throws Exception {
		api.in("en").post("/api/v1/conferences", conference("Hội thảo " + UUID.randomUUID(), "2024", null,
				String.join(",", step("APPROVED", "2024-01-15"), step("DOSSIER_RECEIVED", "2024-03"))))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("steps[0].stepOn"))
			.andExpect(jsonPath("$.errors[0].message", containsString("“Approved”")))
			.andExpect(jsonPath("$.errors[0].message", containsString("cannot come before “Dossier received”")));
		// a month is compared as a whole: approved in March 2024 may follow a dossier received on 10 March
		api.post("/api/v1/conferences", conference("Hội thảo " + UUID.randomUUID(), "2024", null,
				String.join(",", step("APPROVED", "2024-03"), step("DOSSIER_RECEIVED", "2024-03-10"))))
			.andExpect(status().isCreated());
	}

	@Test
	void namesEveryBadFieldAtOnce() throws Exception {
		int before = total();
		api.in("en").post("/api/v1/conferences", """
				{"kind": "FORUM", "startOn": "2024-05", "endOn": "2024-04-30", "participants": -3,
				 "foreignOrganisationId": %d, "steps": [{"stepOn": "2024"}]}"""
			.formatted(vietnameseOrganisation()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("title")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("vnLocalityId")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("endOn")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("participants")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("foreignOrganisationId")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("steps[0].stage")))
			.andExpect(jsonPath("$.errors[*].message",
					hasItem("An organiser or a host province in Vietnam is required.")));
		api.post("/api/v1/conferences", conference("Hội thảo", "2024-13", null, ""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("startOn"));
		assertThat(total()).isEqualTo(before);
	}

	private long vietnameseOrganisation() throws Exception {
		return ((Number) Api.<java.util.List<Object>>read(api.get("/api/v1/organisations?country=VN&size=1"),
				"$.items[*].id").get(0)).longValue();
	}

	@Test
	void listsTheYearsHeldConferencesForTheReportToMofa() throws Exception {
		String marker = "bao-cao-" + UUID.randomUUID();
		api.post("/api/v1/conferences", conference("Diễn đàn " + marker + " đã tổ chức 2023", "2023-06", null,
				step("HELD", "2023-06"))).andExpect(status().isCreated());
		api.post("/api/v1/conferences", conference("Hội nghị " + marker + " đã tổ chức 2024", "2024-06", null,
				step("HELD", "2024-06"))).andExpect(status().isCreated());
		api.post("/api/v1/conferences", conference("Hội thảo " + marker + " được cho phép 2024", "2024-11", null,
				step("APPROVED", "2024-09"))).andExpect(status().isCreated());
		api.get("/api/v1/conferences?year=2024&stage=HELD&q={q}", marker)
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.items[0].title", containsString("đã tổ chức 2024")))
			.andExpect(jsonPath("$.items[0].participantsQualifier").value("ABOUT"));
		api.get("/api/v1/conferences?year=2024&q={q}", marker).andExpect(jsonPath("$.total").value(2));
		// free text also finds a conference by its parties' names
		api.get("/api/v1/conferences?q=Gyeongsangbuk {q}", marker).andExpect(jsonPath("$.total").value(3));
	}

	@Test
	void scopesWritesAndReadsToTheProvince() throws Exception {
		String body = conference("Hội thảo nội bộ " + UUID.randomUUID(), "2024", null, "");
		api.as("danang").post("/api/v1/conferences", body).andExpect(status().isForbidden());
		api.as("partner").post("/api/v1/conferences", body).andExpect(status().isForbidden());
		long id = Api.id(api.as("thainguyen").post("/api/v1/conferences", body).andExpect(status().isCreated()));
		api.as("danang").get("/api/v1/conferences/{id}", id).andExpect(status().isForbidden());
		api.anonymous().get("/api/v1/conferences/{id}", id).andExpect(status().isUnauthorized());
		api.as("danang").get("/api/v1/conferences?size=200")
			.andExpect(jsonPath("$.items[*].id", not(hasItem((int) id))));
		// officers change records but do not remove them
		api.as("thainguyen").delete("/api/v1/conferences/{id}", id).andExpect(status().isForbidden());
		api.as("thainguyen-lead").delete("/api/v1/conferences/{id}?version=0", id).andExpect(status().isNoContent());
		api.get("/api/v1/conferences/{id}", id).andExpect(status().isNotFound());
	}

	@Test
	void refusesStaleUpdatesWithConflict() throws Exception {
		long id = Api.id(api.post("/api/v1/conferences", conference("Hội nghị xúc tiến", "2024", null, ""))
			.andExpect(status().isCreated()));
		String body = conference("Hội nghị xúc tiến (sửa)", "2024", null, "");
		String withVersion0 = body.substring(0, body.lastIndexOf('}')) + ", \"version\": 0}";
		api.put("/api/v1/conferences/{id}", withVersion0, id)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.version").value(1));
		api.put("/api/v1/conferences/{id}", withVersion0.replace("(sửa)", "(cũ)"), id)
			.andExpect(status().isConflict());
		api.delete("/api/v1/conferences/{id}?version=0", id).andExpect(status().isConflict());
		api.get("/api/v1/conferences/{id}", id).andExpect(jsonPath("$.title").value("Hội nghị xúc tiến (sửa)"));
	}

}
