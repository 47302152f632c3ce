package vn.hoptac.partners;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import vn.hoptac.Api;
import vn.hoptac.ApiTest;

/**
 * A second partnership between the same parties at the same level is refused unless intended; a
 * partnership is deleted by those allowed, based on the version read, and not while agreements
 * belong to it; the audit keeps what was deleted.
 */
@ApiTest
class PartnershipDuplicatesAndDeletesTests {

	@Autowired
	MockMvc mvc;

	Api admin;

	long thaiNguyen;

	long foreignCity;

	@BeforeEach
	void setUp() throws Exception {
		admin = new Api(mvc).as("admin");
		thaiNguyen = admin.localityId("VN-19");
		// a foreign city of its own, so that no other test's partnership is a duplicate of these
		foreignCity = Api.id(admin.post("/api/v1/localities", """
				{"code": "JP-T-%s", "country": "JP", "level": "CITY", "names": {"vi": "Thành phố thử"}}"""
			.formatted(UUID.randomUUID().toString().substring(0, 8))).andExpect(status().isCreated()));
	}

	private String partnership(String level, String extra) {
		return """
				{"title": "Quan hệ %s", "level": "%s", "vnLocalityId": %d, "foreignLocalityId": %d%s}"""
			.formatted(UUID.randomUUID(), level, thaiNguyen, foreignCity, extra);
	}

	@Test
	void refusesASecondPartnershipOfTheSamePartiesAndLevelLinkingTheFirstUnlessIntended() throws Exception {
		Api officer = new Api(mvc).as("thainguyen");
		long first = Api.id(officer.post("/api/v1/partnerships", partnership("PROVINCE", ""))
			.andExpect(status().isCreated()));

		officer.in("en").post("/api/v1/partnerships", partnership("PROVINCE", ""))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("duplicateIntended"))
			.andExpect(jsonPath("$.errors[0].message", containsString("already exists")))
			.andExpect(jsonPath("$.records[0].id").value((int) first))
			.andExpect(jsonPath("$.records[0].href").value("/api/v1/partnerships/" + first));
		officer.post("/api/v1/partnerships", partnership("PROVINCE", ""))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.errors[0].message", containsString("Đã có quan hệ đối tác")));
		// another level is another relation
		officer.post("/api/v1/partnerships", partnership("DISTRICT_COMMUNE", "")).andExpect(status().isCreated());
		officer.post("/api/v1/partnerships", partnership("PROVINCE", ", \"duplicateIntended\": true"))
			.andExpect(status().isCreated());
	}

	@Test
	void todaysProvinceIsTheSamePartyAsItsPredecessorsButNotAsItsPredecessorsSiblings() throws Exception {
		List<Integer> seed = Api.read(admin.get("/api/v1/partnerships?q={q}", "Thái Nguyên Gyeongsangbuk hữu nghị"),
				"$.items[?(@.title == 'Quan hệ hợp tác hữu nghị tỉnh Thái Nguyên – tỉnh Gyeongsangbuk (Hàn Quốc)')].id");
		long gyeongbuk = admin.localityId("KR-37");
		// the seed names the Thái Nguyên of before 2025 (VN-63-19); today's province (VN-19) succeeded it
		admin.in("en").post("/api/v1/partnerships", """
				{"title": "Quan hệ %s", "level": "PROVINCE", "vnLocalityId": %d, "foreignLocalityId": %d}"""
			.formatted(UUID.randomUUID(), thaiNguyen, gyeongbuk))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.errors[0].field").value("duplicateIntended"))
			.andExpect(jsonPath("$.records[*].id", hasItem(seed.get(0))))
			.andExpect(jsonPath("$.records[0].href").value("/api/v1/partnerships/" + seed.get(0)));

		// the other way round: an existing partnership of today's province, a new one of its predecessor
		long first = Api.id(admin.post("/api/v1/partnerships", partnership("PROVINCE", "")));
		admin.post("/api/v1/partnerships", """
				{"title": "Quan hệ %s", "level": "PROVINCE", "vnLocalityId": %d, "foreignLocalityId": %d}"""
			.formatted(UUID.randomUUID(), admin.localityId("VN-63-19"), foreignCity))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.records[0].id").value((int) first));
		// Bắc Kạn, merged into the same province, was another party than the former Thái Nguyên
		long bacKan = Api.id(admin.post("/api/v1/partnerships", """
				{"title": "Quan hệ %s", "level": "PROVINCE", "vnLocalityId": %d, "foreignLocalityId": %d,
				 "duplicateIntended": true}""".formatted(UUID.randomUUID(), admin.localityId("VN-63-06"), foreignCity)));
		admin.post("/api/v1/partnerships", """
				{"title": "Quan hệ %s", "level": "PROVINCE", "vnLocalityId": %d, "foreignLocalityId": %d}"""
			.formatted(UUID.randomUUID(), admin.localityId("VN-63-19"), foreignCity))
			.andExpect(jsonPath("$.records[*].id", org.hamcrest.Matchers.not(hasItem((int) bacKan))));
	}

	@Test
	void anUpdateMakingADuplicateIsRefusedToo() throws Exception {
		Api officer = new Api(mvc).as("thainguyen");
		long province = Api.id(officer.post("/api/v1/partnerships", partnership("PROVINCE", "")));
		long district = Api.id(officer.post("/api/v1/partnerships", partnership("DISTRICT_COMMUNE", "")));

		officer.put("/api/v1/partnerships/{id}", partnership("PROVINCE", ""), district)
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.records[0].id").value((int) province));
		// saving one unchanged is not a duplicate of itself
		officer.put("/api/v1/partnerships/{id}", partnership("PROVINCE", ""), province).andExpect(status().isOk());
	}

	@Test
	void provinceAdministratorsDeleteWithTheVersionReadAndTheAuditKeepsTheRecord() throws Exception {
		long id = Api.id(new Api(mvc).as("thainguyen").post("/api/v1/partnerships", partnership("PROVINCE", "")));

		new Api(mvc).as("thainguyen").delete("/api/v1/partnerships/{id}", id).andExpect(status().isForbidden());
		new Api(mvc).as("langson").delete("/api/v1/partnerships/{id}", id).andExpect(status().isForbidden());
		Api lead = new Api(mvc).as("thainguyen-lead");
		lead.delete("/api/v1/partnerships/{id}?version=7", id).andExpect(status().isConflict())
			.andExpect(jsonPath("$.title").value("Xung đột chỉnh sửa"));
		lead.delete("/api/v1/partnerships/{id}?version=0", id).andExpect(status().isNoContent());

		admin.get("/api/v1/partnerships/{id}", id).andExpect(status().isNotFound());
		admin.get("/api/v1/audit?entity=partnership&entityId={id}", id)
			.andExpect(jsonPath("$.items[0].action").value("DELETED"))
			.andExpect(jsonPath("$.items[0].user").value("thainguyen-lead"))
			.andExpect(jsonPath("$.items[0].before", containsString("\"foreignLocalityId\":" + foreignCity)));
	}

	@Test
	void aPartnershipThatAgreementsBelongToIsNotDeletedAndTheyAreNamed() throws Exception {
		long id = Api.id(admin.post("/api/v1/partnerships", partnership("PROVINCE", "")));
		String title = "Bản ghi nhớ thuộc quan hệ " + UUID.randomUUID();
		long agreement = Api.id(admin.post("/api/v1/agreements", """
				{"title": "%s", "kind": "MOU", "legalBasis": "INTERNATIONAL_AGREEMENT", "level": "PROVINCE",
				 "partnershipId": %d,
				 "parties": [{"side": "VN", "localityId": %d}, {"side": "FOREIGN", "localityId": %d}]}"""
			.formatted(title, id, thaiNguyen, foreignCity)).andExpect(status().isCreated()));

		admin.in("ko").delete("/api/v1/partnerships/{id}", id)
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.title").value("삭제할 수 없음"))
			.andExpect(jsonPath("$.errors[0].message", containsString(title)))
			.andExpect(jsonPath("$.records[*].href", hasItem("/api/v1/agreements/" + agreement)));

		admin.delete("/api/v1/agreements/{id}", agreement).andExpect(status().isNoContent());
		admin.delete("/api/v1/partnerships/{id}", id).andExpect(status().isNoContent());
	}

}
