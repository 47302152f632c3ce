package vn.hoptac.partners;

import static org.assertj.core.api.Assertions.assertThat;
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
class PartnershipApiTests {

	@Autowired
	MockMvc mvc;

	Api api;

	@BeforeEach
	void setUp() {
		api = new Api(mvc).as("admin");
	}

	private String partnership(String title, long vnLocality, long foreignLocality) {
		return """
				{"title": "%s", "level": "DISTRICT_COMMUNE", "vnLocalityId": %d, "foreignLocalityId": %d,
				 "duplicateIntended": true, "fields": ["AGRICULTURE", "CULTURE"],
				 "types": [{"type": "SISTER", "date": "2018-11", "source": "test"},
				           {"type": "FRIENDSHIP", "date": "2004"}],
				 "statuses": [{"status": "FORMAL", "date": "2004"}, {"status": "ACTIVE", "date": "2019-03-02"}],
				 "milestones": [{"date": "2019-03-02", "title": "Đoàn công tác sang thăm"},
				                {"date": "2004", "title": "Thiết lập quan hệ hữu nghị", "source": "000 Bảng 1"}]}"""
			.formatted(title, vnLocality, foreignLocality);
	}

	@Test
	void keepsTypeAndStatusHistoryAndMilestonesInDateOrder() throws Exception {
		String title = "Định Hóa – Cheongdo " + UUID.randomUUID();
		long id = Api.id(api.post("/api/v1/partnerships",
				partnership(title, api.localityId("VN-D-167"), api.localityId("KR-37360")))
			.andExpect(status().isCreated()));

		api.get("/api/v1/partnerships/{id}", id)
			.andExpect(jsonPath("$.type").value("SISTER"))
			.andExpect(jsonPath("$.status").value("ACTIVE"))
			.andExpect(jsonPath("$.establishedOn").value("2004"))
			.andExpect(jsonPath("$.establishedPrecision").value("YEAR"))
			.andExpect(jsonPath("$.foreignCountry").value("KR"))
			.andExpect(jsonPath("$.vnParty.code").value("VN-D-167"))
			.andExpect(jsonPath("$.types[0].type").value("FRIENDSHIP"))
			.andExpect(jsonPath("$.types[0].date").value("2004"))
			.andExpect(jsonPath("$.types[1].type").value("SISTER"))
			.andExpect(jsonPath("$.types[1].date").value("2018-11"))
			.andExpect(jsonPath("$.milestones[0].title").value("Thiết lập quan hệ hữu nghị"))
			.andExpect(jsonPath("$.milestones[0].date").value("2004"))
			.andExpect(jsonPath("$.milestones[0].source").value("000 Bảng 1"))
			.andExpect(jsonPath("$.milestones[1].date").value("2019-03-02"));
	}

	@Test
	void filtersByTypeStatusFieldAndTheProvinceHistoryOfADistrict() throws Exception {
		String marker = UUID.randomUUID().toString();
		long id = Api.id(api.post("/api/v1/partnerships",
				partnership("Sông Công – Mungyeong " + marker, api.localityId("VN-D-165"), api.localityId("KR-37090"))));
		String base = "/api/v1/partnerships?q=" + marker;
		// a district of the old province counts for today's merged Thái Nguyên
		api.get(base + "&locality={l}", api.localityId("VN-19")).andExpect(jsonPath("$.items[*].id", hasItem((int) id)));
		api.get(base + "&locality={l}", api.localityId("VN-20")).andExpect(jsonPath("$.total").value(0));
		api.get(base + "&type=SISTER&status=ACTIVE&field=CULTURE&country=KR&yearFrom=2000&yearTo=2005")
			.andExpect(jsonPath("$.total").value(1));
		api.get(base + "&type=FRIENDSHIP").andExpect(jsonPath("$.total").value(0));
		api.get(base + "&field=HEALTH").andExpect(jsonPath("$.total").value(0));
	}

	@Test
	void listItemsShowTheCurrentTypeAndStatusAndFollowChanges() throws Exception {
		String marker = UUID.randomUUID().toString();
		long vn = api.localityId("VN-D-172");
		long foreign = api.localityId("KR-37390");
		long id = Api.id(api.post("/api/v1/partnerships", partnership("Phổ Yên – Chilgok " + marker, vn, foreign)));
		api.get("/api/v1/partnerships?q={q}", marker)
			.andExpect(jsonPath("$.items[0].status").value("ACTIVE"))
			.andExpect(jsonPath("$.items[0].foreignParty.code").value("KR-37390"))
			.andExpect(jsonPath("$.items[0].milestones").doesNotExist());

		String paused = partnership("Phổ Yên – Chilgok " + marker, vn, foreign)
			.replace("{\"status\": \"ACTIVE\", \"date\": \"2019-03-02\"}",
					"{\"status\": \"ACTIVE\", \"date\": \"2019-03-02\"}, {\"status\": \"PAUSED\", \"date\": \"2021\"}")
			.replace("\"milestones\"", "\"version\": 0, \"milestones\"");
		api.put("/api/v1/partnerships/{id}", paused, id).andExpect(status().isOk());
		api.get("/api/v1/partnerships?q={q}", marker).andExpect(jsonPath("$.items[0].status").value("PAUSED"));
	}

	@Test
	void refusesPartiesOnTheWrongSide() throws Exception {
		long thaiNguyen = api.localityId("VN-19");
		long gyeongbuk = api.localityId("KR-37");
		int before = Api.read(api.get("/api/v1/partnerships"), "$.total");
		api.in("en").post("/api/v1/partnerships", partnership("Sai bên", gyeongbuk, thaiNguyen))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("vnLocalityId")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("foreignLocalityId")));
		api.in("en").post("/api/v1/partnerships", """
				{"level": "PROVINCE", "vnLocalityId": %d, "foreignLocalityId": %d,
				 "milestones": [{"date": "2004-13", "title": "x"}]}""".formatted(thaiNguyen, gyeongbuk))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("milestones[0].date"));
		api.post("/api/v1/partnerships", """
				{"level": "PROVINCE", "foreignLocalityId": %d}""".formatted(gyeongbuk))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message").value("Chọn đúng một bên: một địa phương hoặc một tổ chức."));
		assertThat((int) Api.read(api.get("/api/v1/partnerships"), "$.total")).isEqualTo(before);
	}

	@Test
	void namesAPartnershipAfterItsPartiesWhenUntitled() throws Exception {
		long id = Api.id(api.post("/api/v1/partnerships", """
				{"level": "PROVINCE", "vnLocalityId": %d, "foreignLocalityId": %d}"""
			.formatted(api.localityId("VN-20"), api.localityId("KR-37020"))));
		api.get("/api/v1/partnerships/{id}", id).andExpect(jsonPath("$.title").value("Lạng Sơn – Gyeongju"));
		api.delete("/api/v1/partnerships/{id}", id).andExpect(status().isNoContent());
	}

	@Test
	void organisationsAreSearchableAndProtectedWhileInAPartnership() throws Exception {
		String name = "Trường Đại học Thái Nguyên " + UUID.randomUUID();
		long university = Api.id(api.post("/api/v1/organisations", """
				{"type": "UNIVERSITY", "names": {"vi": "%s", "en": "Thai Nguyen University"},
				 "abbreviation": "TNU", "country": "VN", "localityId": %d}"""
			.formatted(name, api.localityId("VN-63-19")))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.locality.code").value("VN-63-19")));
		api.get("/api/v1/organisations?q={q}&locality={l}", "dai hoc thai nguyen " + name.substring(name.length() - 8),
				api.localityId("VN-19"))
			.andExpect(jsonPath("$.items[*].id", hasItem((int) university)));

		long partnership = Api.id(api.post("/api/v1/partnerships", """
				{"level": "AGENCY", "vnOrganisationId": %d, "foreignLocalityId": %d}"""
			.formatted(university, api.localityId("KR-37"))));
		api.delete("/api/v1/organisations/{id}", university).andExpect(status().isBadRequest());
		api.delete("/api/v1/partnerships/{id}", partnership).andExpect(status().isNoContent());
		api.delete("/api/v1/organisations/{id}", university).andExpect(status().isNoContent());
		api.get("/api/v1/organisations?q={q}", name).andExpect(jsonPath("$.items[*].id", not(hasItem((int) university))));
	}

	@Test
	void refusesAnOrganisationSeatedAbroadForAVietnameseCountry() throws Exception {
		api.in("en").post("/api/v1/organisations", """
				{"type": "DONOR_AGENCY", "names": {"vi": "KOICA"}, "country": "VN", "localityId": %d}"""
			.formatted(api.localityId("KR-11")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message").value("The locality must be in the organisation's country."));
	}

}
