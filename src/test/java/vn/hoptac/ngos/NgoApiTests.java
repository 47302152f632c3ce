package vn.hoptac.ngos;

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
class NgoApiTests {

	@Autowired
	MockMvc mvc;

	Api api;

	long thaiNguyen;

	long daNang;

	@BeforeEach
	void setUp() throws Exception {
		api = new Api(mvc).as("admin");
		thaiNguyen = api.localityId("VN-19");
		daNang = api.localityId("VN-48");
	}

	/** A new organisation of the type, shared as given. */
	private long organisation(String type, String country, String visibility) throws Exception {
		return Api.id(api.post("/api/v1/organisations", """
				{"type": "%s", "names": {"vi": "Tổ chức %s", "en": "Organisation %s"}, "country": "%s",
				 "visibility": "%s"}""".formatted(type, UUID.randomUUID(), UUID.randomUUID(), country, visibility))
			.andExpect(status().isCreated()));
	}

	private long foreignNgo() throws Exception {
		return organisation("FOREIGN_NGO", "KR", "PUBLIC");
	}

	private String file(long ngo, long province, String certificates, String opinions, String visits,
			String reports) {
		return """
				{"organisationId": %d, "vnLocalityId": %d, "status": "ACTIVE", "fields": ["HEALTH"],
				 "contact": "Văn phòng dự án tại Thái Nguyên", "visibility": "INTERNAL",
				 "certificates": [%s], "opinions": [%s], "visits": [%s], "reports": [%s]}"""
			.formatted(ngo, province, certificates, opinions, visits, reports);
	}

	private static String certificate(String number, String validFrom, String validTo) {
		return """
				{"type": "PROJECT_OFFICE", "number": "%s", "issuedOn": "%s", "validFrom": "%s", "validTo": "%s",
				 "status": "VALID", "documentRef": "Giấy đăng ký số %s"}"""
			.formatted(number, validFrom, validFrom, validTo, number);
	}

	@Test
	void keepsCertificatesOpinionsVisitsAndReports() throws Exception {
		long ngo = foreignNgo();
		String number = "PO-" + UUID.randomUUID().toString().substring(0, 8);
		long id = Api.id(api.post("/api/v1/ngos", file(ngo, thaiNguyen, certificate(number, "2023-01-01", "2028-01-01"), """
				{"matter": "EXTEND", "certificateNumber": "%s", "requestedOn": "2024-11-02", "givenOn": "2024-11-20",
				 "stance": "SUPPORT_WITH_CONDITIONS", "text": "Đồng ý gia hạn, đề nghị báo cáo định kỳ"}""".formatted(number),
				"""
				{"visitedOn": "2024-06", "team": "Sở Ngoại vụ, Công an tỉnh", "findings": "Hoạt động đúng giấy phép"}""",
				"""
				{"recipient": "FOREIGN_NGO_COMMITTEE", "year": 2024, "half": 1, "sentOn": "2024-07-10"},
				{"recipient": "FOREIGN_AFFAIRS_MINISTRY", "year": 2024}"""))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.ownerProvinceId").value(thaiNguyen))
			.andExpect(jsonPath("$.projectsPath").value("/projects?participant=" + ngo)));
		api.get("/api/v1/ngos/{id}", id)
			.andExpect(jsonPath("$.certificates[0].validTo").value("2028-01-01"))
			.andExpect(jsonPath("$.opinions[0].stance").value("SUPPORT_WITH_CONDITIONS"))
			.andExpect(jsonPath("$.visits[0].visitedOn").value("2024-06"))
			.andExpect(jsonPath("$.reports[0].recipient").value("FOREIGN_NGO_COMMITTEE"))
			.andExpect(jsonPath("$.reports[1].half").doesNotExist());
		api.get("/api/v1/ngos?q={number}", number)
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.items[0].validUntil").value("2028-01-01"));
	}

	@Test
	void findsValidCertificatesByTheirEndOfValidity() throws Exception {
		long expiring = Api.id(api.post("/api/v1/ngos",
				file(foreignNgo(), thaiNguyen, certificate("A-1", "2020-01-01", "2027-03-31"), "", "", ""))
			.andExpect(status().isCreated()));
		long later = Api.id(api.post("/api/v1/ngos",
				file(foreignNgo(), thaiNguyen, certificate("A-2", "2020-01-01", "2030-03-31"), "", "", ""))
			.andExpect(status().isCreated()));
		String revoked = certificate("A-3", "2020-01-01", "2027-01-31").replace("\"VALID\"", "\"REVOKED\"");
		long revokedOne = Api.id(api.post("/api/v1/ngos", file(foreignNgo(), thaiNguyen, revoked, "", "", ""))
			.andExpect(status().isCreated()));
		api.get("/api/v1/ngos?validToBefore=2027-06-30&size=200")
			.andExpect(jsonPath("$.items[*].id", hasItem((int) expiring)))
			.andExpect(jsonPath("$.items[*].id", not(hasItem((int) later))))
			.andExpect(jsonPath("$.items[*].id", not(hasItem((int) revokedOne))));
	}

	@Test
	void opensOneFilePerNgoAndProvince() throws Exception {
		long ngo = foreignNgo();
		api.post("/api/v1/ngos", file(ngo, thaiNguyen, "", "", "", "")).andExpect(status().isCreated());
		int before = Api.read(api.get("/api/v1/ngos?size=1"), "$.total");
		api.in("en").post("/api/v1/ngos", file(ngo, thaiNguyen, "", "", "", ""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("organisationId"))
			.andExpect(jsonPath("$.errors[0].message").value("This province already has a file on this NGO."));
		api.post("/api/v1/ngos", file(ngo, daNang, "", "", "", "")).andExpect(status().isCreated());
		assertThat((int) Api.read(api.get("/api/v1/ngos?size=1"), "$.total")).isEqualTo(before + 1);
	}

	@Test
	void requiresAReadableForeignNgo() throws Exception {
		long university = organisation("UNIVERSITY", "KR", "PUBLIC");
		api.in("ko").post("/api/v1/ngos", file(university, thaiNguyen, "", "", "", ""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("organisationId"))
			.andExpect(jsonPath("$.errors[0].message").value("이 기관은 외국 NGO가 아닙니다."));
		// an NGO kept internally by Đà Nẵng is, to Thái Nguyên, an organisation that does not exist
		long daNangsOwn = Api.id(api.as("danang").post("/api/v1/organisations", """
				{"type": "FOREIGN_NGO", "names": {"vi": "Tổ chức %s"}, "country": "JP", "visibility": "INTERNAL"}"""
			.formatted(UUID.randomUUID())).andExpect(status().isCreated()));
		api.as("thainguyen").post("/api/v1/ngos", file(daNangsOwn, thaiNguyen, "", "", "", ""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("organisationId"))
			.andExpect(jsonPath("$.errors[0].message", containsString("Không tồn tại")));
	}

	@Test
	void namesEveryBadChildFieldInEveryLanguageWritingNothing() throws Exception {
		int before = Api.read(api.get("/api/v1/ngos?size=1"), "$.total");
		String bad = file(foreignNgo(), thaiNguyen, certificate("B-1", "2025-01-01", "2024-12-31"), """
				{"matter": "ISSUE", "certificateNumber": "X-9", "requestedOn": "2024-05-02", "givenOn": "2024-05-01"},
				{"certificateNumber": "B-1"}""", """
				{"visitedOn": "2024-02-30"}""", """
				{"recipient": "FOREIGN_NGO_COMMITTEE", "year": 2024, "half": 3}""");
		api.in("en").post("/api/v1/ngos", bad)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("visits[0].visitedOn"));
		String readableDates = bad.replace("2024-02-30", "2024-02");
		api.in("en").post("/api/v1/ngos", readableDates)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("certificates[0].validTo")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("opinions[0].givenOn")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("opinions[0].certificateNumber")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("opinions[1].matter")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("reports[0].half")))
			.andExpect(jsonPath("$.errors[*].message", hasItem("The file has no certificate numbered X-9.")));
		api.post("/api/v1/ngos", readableDates)
			.andExpect(jsonPath("$.errors[*].message", hasItem("Ngày kết thúc không được trước ngày bắt đầu.")));
		api.in("ko").post("/api/v1/ngos", readableDates)
			.andExpect(jsonPath("$.errors[*].message", hasItem("의견 회신일은 요청일보다 앞설 수 없습니다.")));
		assertThat((int) Api.read(api.get("/api/v1/ngos?size=1"), "$.total")).isEqualTo(before);
	}

	@Test
	void scopesWritesAndReadsToTheProvince() throws Exception {
		String body = file(foreignNgo(), thaiNguyen, "", "", "", "");
		api.as("danang").post("/api/v1/ngos", body).andExpect(status().isForbidden());
		long id = Api.id(api.as("thainguyen").post("/api/v1/ngos", body).andExpect(status().isCreated()));
		api.as("danang").get("/api/v1/ngos/{id}", id).andExpect(status().isForbidden());
		api.as("mofa").get("/api/v1/ngos/{id}", id).andExpect(status().isOk());
		api.as("thainguyen").delete("/api/v1/ngos/{id}", id).andExpect(status().isForbidden());
		String stale = body.substring(0, body.lastIndexOf('}')) + ", \"version\": 0, \"status\": \"INACTIVE\"}";
		api.as("thainguyen").put("/api/v1/ngos/{id}", stale.replace("\"status\": \"ACTIVE\", ", ""), id)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("INACTIVE"));
		api.as("thainguyen").put("/api/v1/ngos/{id}", stale.replace("\"status\": \"ACTIVE\", ", ""), id)
			.andExpect(status().isConflict());
		api.as("thainguyen-lead").delete("/api/v1/ngos/{id}?version=1", id).andExpect(status().isNoContent());
	}

}
