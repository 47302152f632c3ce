package vn.hoptac.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import vn.hoptac.Api;
import vn.hoptac.ApiTest;

/** Every write leaves who, when, what, and the state before and after; refused writes leave nothing. */
@ApiTest
class AuditTrailTests {

	@Autowired
	MockMvc mvc;

	@Test
	void recordsWhoChangedWhatWithTheStateBeforeAndAfter() throws Exception {
		Api officer = new Api(mvc).as("thainguyen");
		Api analyst = new Api(mvc).as("mofa");
		String body = """
				{"title": "%s", "level": "PROVINCE", "vnLocalityId": %d, "foreignLocalityId": %d,
				 "duplicateIntended": true}""";
		long thaiNguyen = officer.localityId("VN-19");
		long gyeongbuk = officer.localityId("KR-37");
		String before = "Trước khi sửa " + UUID.randomUUID();
		String after = "Sau khi sửa " + UUID.randomUUID();
		long id = Api.id(officer.post("/api/v1/partnerships", body.formatted(before, thaiNguyen, gyeongbuk)));
		officer.put("/api/v1/partnerships/{id}", body.formatted(after, thaiNguyen, gyeongbuk), id)
			.andExpect(status().isOk());
		new Api(mvc).as("langson").put("/api/v1/partnerships/{id}", body.formatted("Không được", thaiNguyen, gyeongbuk), id)
			.andExpect(status().isForbidden());

		var trail = analyst.get("/api/v1/audit?entity=partnership&entityId={id}", id)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(2))
			.andExpect(jsonPath("$.items[0].action").value("UPDATED"))
			.andExpect(jsonPath("$.items[0].user").value("thainguyen"))
			.andExpect(jsonPath("$.items[1].action").value("CREATED"))
			.andExpect(jsonPath("$.items[1].before").doesNotExist());
		String updatedBefore = Api.read(trail, "$.items[0].before");
		String updatedAfter = Api.read(trail, "$.items[0].after");
		assertThat(updatedBefore).contains(before).doesNotContain(after);
		assertThat(updatedAfter).contains(after);
		assertThat((String) Api.read(trail, "$.items[0].at")).isNotBlank();
	}

	@Test
	void recordsAgreementActionsAndDeletions() throws Exception {
		Api officer = new Api(mvc).as("thainguyen");
		long id = Api.id(officer.post("/api/v1/agreements", """
				{"title": "Bản ghi nhớ %s", "kind": "MOU", "legalBasis": "INTERNATIONAL_AGREEMENT", "level": "PROVINCE",
				 "parties": [{"side": "VN", "localityId": %d}, {"side": "FOREIGN", "localityId": %d}]}"""
			.formatted(UUID.randomUUID(), officer.localityId("VN-19"), officer.localityId("KR-37"))));
		officer.post("/api/v1/agreements/{id}/actions", """
				{"type": "SIGNED", "date": "2025-05-05"}""", id).andExpect(status().isCreated());
		// officers record; deleting is for (province) administrators
		new Api(mvc).as("thainguyen-lead").delete("/api/v1/agreements/{id}", id).andExpect(status().isNoContent());
		new Api(mvc).as("admin")
			.get("/api/v1/audit?entity=agreement&entityId={id}", id)
			.andExpect(jsonPath("$.items[*].action").value(org.hamcrest.Matchers.contains("DELETED", "ACTION", "CREATED")))
			.andExpect(jsonPath("$.items[1].summary").value("SIGNED 2025-05-05"))
			.andExpect(jsonPath("$.items[0].after").doesNotExist());
	}

}
