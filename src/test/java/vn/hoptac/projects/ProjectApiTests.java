package vn.hoptac.projects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import jakarta.persistence.EntityManagerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import vn.hoptac.Api;
import vn.hoptac.ApiTest;
import vn.hoptac.HibernateSessions;

/** Projects through the API: writing and reading back, versions, scoping, audit and the list's filters. */
@ApiTest
class ProjectApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	Api api;

	long daNang;

	long koica;

	@BeforeEach
	void setUp() throws Exception {
		api = new Api(mvc).as("admin");
		daNang = api.localityId("VN-48");
		koica = organisationId(api, "KOICA");
	}

	static long organisationId(Api api, String name) throws Exception {
		return ((Number) Api.read(api.get("/api/v1/organisations?q={q}&size=5", name), "$.items[0].id")).longValue();
	}

	static String project(String title, long vnLocality, String extra) {
		return """
				{"title": "%s", "modality": "ODA_GRANT", "activityStatus": "2", "vnLocalityId": %d,
				 "actualStart": "2020", "fields": ["ENVIRONMENT"]%s}""".formatted(title, vnLocality, extra);
	}

	/** The page, its participants and their names are read in one read-only transaction, not one each. */
	@Test
	void aListPageIsReadInOneSession() throws Exception {
		api.post("/api/v1/projects", project("Dự án một lần đọc " + UUID.randomUUID(), daNang, """
				, "participants": [{"role": 1, "organisationId": %d}], "visibility": "PUBLIC"
				""".formatted(koica))).andExpect(status().isCreated());
		for (String path : new String[] { "/api/v1/projects?page=0&size=20",
				"/api/v1/projects?modality=ODA_GRANT&yearFrom=2000&page=0&size=20", "/api/v1/projects?q=doc" }) {
			long sessions = HibernateSessions.openedBy(entityManagerFactory,
					() -> api.anonymous().get(path).andExpect(jsonPath("$.items[0].vnParty.name").isNotEmpty()));
			assertThat(sessions).as("sessions opened by %s", path).isEqualTo(1);
		}
	}

	@Test
	void recordsAProjectWithItsParticipantsSectorsAndTargetsAndReadsItBack() throws Exception {
		String title = "Trung tâm ENSURE " + UUID.randomUUID();
		long id = Api.id(api.post("/api/v1/projects", project(title, daNang, """
				, "participants": [{"role": 1, "organisationId": %d}, {"role": 4, "localityId": %d}],
				  "sectors": [{"code": "14050", "percentage": 60}, {"code": "41010", "percentage": 40.00}],
				  "sdgTargets": ["11.3"], "locations": [{"localityId": %d, "communeName": "Hòa Hiệp Bắc"}],
				  "source": "001_35b6366d42811707.txt §4.3.3b (p. 122)"
				""".formatted(koica, daNang, daNang)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.foreignCountry").value("KR"))
			.andExpect(jsonPath("$.participants[0].party.code").value("KOICA"))
			.andExpect(jsonPath("$.sectors[0].name").value("Waste management/disposal"))
			.andExpect(jsonPath("$.sectors[1].category").value("410")));

		api.get("/api/v1/projects/{id}", id)
			.andExpect(jsonPath("$.actualStart").value("2020"))
			.andExpect(jsonPath("$.sdgTargets[0]").value("11.3"))
			.andExpect(jsonPath("$.locations[0].communeName").value("Hòa Hiệp Bắc"))
			.andExpect(jsonPath("$.sourceCitations[0].locator").value("§4.3.3b (p. 122)"));
		api.get("/api/v1/projects?q={q}", title).andExpect(jsonPath("$.total").value(1));
		api.get("/api/v1/projects?participant={org}&sector=14050", koica)
			.andExpect(jsonPath("$.items[*].id", hasItem((int) id)));
		api.get("/api/v1/projects?sector=410&locality={l}", daNang).andExpect(jsonPath("$.items[*].id", hasItem((int) id)));
		api.get("/api/v1/projects?sector=11110").andExpect(jsonPath("$.items[*].id", not(hasItem((int) id))));
		api.get("/api/v1/audit?entity=project&entityId={id}", id)
			.andExpect(jsonPath("$.items[0].action").value("CREATED"));
	}

	@Test
	void aStaleVersionIsAConflictAndDeletingNeedsTheRightRole() throws Exception {
		long id = Api.id(api.as("danang").post("/api/v1/projects", project("Dự án " + UUID.randomUUID(), daNang, "")));
		api.as("danang").put("/api/v1/projects/{id}", project("Đổi tên", daNang, ", \"version\": 0"), id)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.version").value(1));
		api.as("danang").put("/api/v1/projects/{id}", project("Lần nữa", daNang, ", \"version\": 0"), id)
			.andExpect(status().isConflict());
		api.as("thainguyen").put("/api/v1/projects/{id}", project("Không phải của tôi", daNang, ", \"version\": 1"), id)
			.andExpect(status().isForbidden());
		api.as("danang").delete("/api/v1/projects/{id}?version=1", id).andExpect(status().isForbidden());
		api.as("admin").delete("/api/v1/projects/{id}?version=1", id).andExpect(status().isNoContent());
		api.get("/api/v1/projects/{id}", id).andExpect(status().isNotFound());
	}

	@Test
	void aProvinceOfficerRecordsForTheirOwnProvinceOnly() throws Exception {
		long thaiNguyen = api.localityId("VN-19");
		api.as("danang").post("/api/v1/projects", project("Không phải tỉnh mình", thaiNguyen, ""))
			.andExpect(status().isForbidden());
	}

	@Test
	void refusesMissingAndUnknownFieldsNamingEachInTheRequestLanguageWritingNothing() throws Exception {
		int before = Api.read(api.get("/api/v1/projects"), "$.total");
		String bad = """
				{"title": " ", "activityStatus": "9", "vnLocalityId": %d, "partnershipId": 999999,
				 "plannedStart": "2020", "plannedEnd": "2019-12",
				 "participants": [{"role": 7, "organisationId": %d}, {"role": 1}],
				 "sdgTargets": ["18.1"]}""".formatted(daNang, koica);
		api.post("/api/v1/projects", bad)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("title")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("modality")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("activityStatus")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("partnershipId")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("plannedEnd")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("participants[0].role")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("participants[1].organisationId")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("sdgTargets[0]")))
			.andExpect(jsonPath("$.errors[?(@.field == 'activityStatus')].message",
					hasItem(containsString("không có trong danh mục IATI"))));
		api.in("en").post("/api/v1/projects", bad)
			.andExpect(jsonPath("$.errors[?(@.field == 'participants[1].organisationId')].message",
					hasItem(containsString("exactly one"))));
		api.in("ko").post("/api/v1/projects", bad)
			.andExpect(jsonPath("$.errors[?(@.field == 'sdgTargets[0]')].message", hasItem(containsString("IATI 코드 목록"))));
		api.post("/api/v1/projects", project("Không có bên Việt Nam", daNang, "").replace("\"vnLocalityId\": " + daNang + ",", ""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("vnLocalityId"));
		assertThat((int) Api.read(api.get("/api/v1/projects"), "$.total")).isEqualTo(before);
	}

	@Test
	void aProposalStageBelongsToThePipeline() throws Exception {
		api.post("/api/v1/projects", project("Đề xuất " + UUID.randomUUID(), daNang, ", \"proposalStage\": \"IDEA\""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("proposalStage"));
	}

	@Test
	void reportedTotalsAreKeptApartWithTheirQualifier() throws Exception {
		long thaiNguyen = api.localityId("VN-19");
		long id = Api.id(api.as("thainguyen").post("/api/v1/projects/reported-totals", """
				{"vnLocalityId": %d, "foreignCountry": "KR", "modality": "FDI", "metric": "PROJECTS", "amount": 110,
				 "qualifier": "MORE_THAN", "periodTo": "..2023", "source": "000_4cf7d0040496a9b3.txt §3.2.1"}"""
			.formatted(thaiNguyen)).andExpect(status().isCreated()));
		api.get("/api/v1/projects/reported-totals/{id}", id)
			.andExpect(jsonPath("$.qualifier").value("MORE_THAN"))
			.andExpect(jsonPath("$.periodTo").value("..2023"))
			.andExpect(jsonPath("$.periodFrom").doesNotExist());
		api.post("/api/v1/projects/reported-totals", """
				{"vnLocalityId": %d, "metric": "PROJECTS", "amount": 2.5, "currency": "USD"}""".formatted(thaiNguyen))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("currency")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("amount")));
		api.post("/api/v1/projects/reported-totals", """
				{"vnLocalityId": %d, "metric": "REGISTERED_CAPITAL", "amount": -1}""".formatted(thaiNguyen))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("currency")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("amount")));
		api.as("danang").put("/api/v1/projects/reported-totals/{id}", """
				{"vnLocalityId": %d, "metric": "PROJECTS", "amount": 111, "version": 0}""".formatted(thaiNguyen), id)
			.andExpect(status().isForbidden());
	}

}
