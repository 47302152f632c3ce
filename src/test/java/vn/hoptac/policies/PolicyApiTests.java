package vn.hoptac.policies;

import static org.assertj.core.api.Assertions.assertThat;
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

/**
 * Policy documents through the API: national analysts and administrators write them, provincial
 * officers read but do not write them, anonymous visitors read only the public ones; dates keep
 * their precision; each bad field is named; a successor is linked both ways and cannot be deleted
 * while it is named; stale versions are refused.
 */
@ApiTest
class PolicyApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	Api admin;

	Api analyst;

	Api officer;

	String tag;

	@BeforeEach
	void setUp() {
		admin = new Api(mvc).as("admin");
		analyst = admin.as("mofa");
		officer = admin.as("thainguyen");
		tag = "pol" + UUID.randomUUID().toString().substring(0, 8);
	}

	private String document(String number, String visibility, Long supersededById) {
		return """
				{"kind": "CIRCULAR", "number": "%s", "issuingBody": "Bộ Ngoại giao",
				 "title": "Thông tư hướng dẫn công tác đối ngoại %s", "issuedOn": "2021-10-28", "inForceOn": "2021-12",
				 "summary": "24 nhóm nhiệm vụ", "provisions": "Điều 6", "supersededById": %s,
				 "visibility": "%s", "source": "001_35b6366d42811707.txt Phụ lục II"}"""
			.formatted(number, tag, supersededById, visibility);
	}

	@Test
	void nationalRolesWriteEverySignedInReaderReadsAndAnonymousVisitorsOnlyThePublicOnes() throws Exception {
		long internal = Api.id(analyst.post("/api/v1/policies", document("03/2021/TT-BNG", "INTERNAL", null))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.issuedOn").value("2021-10-28"))
			.andExpect(jsonPath("$.inForceOn").value("2021-12"))
			.andExpect(jsonPath("$.kindLabel").value("Thông tư"))
			.andExpect(jsonPath("$.sourceCitations").isArray()));
		long published = Api.id(admin.post("/api/v1/policies", document("02/2015/TTLT", "PUBLIC", null))
			.andExpect(status().isCreated()));

		officer.post("/api/v1/policies", document("x", "PUBLIC", null)).andExpect(status().isForbidden());
		officer.put("/api/v1/policies/{id}", document("x", "PUBLIC", null), internal).andExpect(status().isForbidden());
		admin.anonymous().post("/api/v1/policies", document("x", "PUBLIC", null)).andExpect(status().isUnauthorized());
		analyst.delete("/api/v1/policies/{id}", published).andExpect(status().isForbidden());

		// an internal national document: every signed-in reader, whatever the province
		officer.get("/api/v1/policies/{id}", internal).andExpect(status().isOk());
		officer.as("partner").get("/api/v1/policies?q={q}", tag).andExpect(jsonPath("$.total").value(2));
		admin.anonymous().get("/api/v1/policies/{id}", internal).andExpect(status().isUnauthorized());
		admin.anonymous()
			.get("/api/v1/policies?q={q}", tag)
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.items[0].id").value(published));
		officer.in("en").get("/api/v1/policies?q={q}&kind=CIRCULAR&year=2021", tag)
			.andExpect(jsonPath("$.total").value(2))
			.andExpect(jsonPath("$.items[0].kindLabel").value("Circular"));
		officer.get("/api/v1/policies?q={q}&kind=LAW", tag).andExpect(jsonPath("$.total").value(0));
		officer.get("/api/v1/policies?q={q}&year=2020", tag).andExpect(jsonPath("$.total").value(0));
	}

	@Test
	void namesEveryBadFieldInTheReadersLanguageWritingNothing() throws Exception {
		long before = jdbc.sql("select count(*) from policy_document").query(Long.class).single();
		analyst.post("/api/v1/policies", """
				{"title": " ", "issuedOn": "2021-13"}""")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("issuedOn")));
		analyst.post("/api/v1/policies", """
				{"title": " ", "issuedOn": "2021-10-28", "inForceOn": "2021-01", "supersededById": 999999999}""")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("title")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("kind")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("supersededById")))
			.andExpect(jsonPath("$.errors[*].message", hasItem("Ngày có hiệu lực không thể trước ngày ban hành.")));
		analyst.in("ko").post("/api/v1/policies", """
				{"kind": "LAW", "title": "Luật", "issuedOn": "2021-10-28", "inForceOn": "2021-01"}""")
			.andExpect(jsonPath("$.errors[*].message", hasItem("시행일은 발행일보다 앞설 수 없습니다.")));
		assertThat(jdbc.sql("select count(*) from policy_document").query(Long.class).single()).isEqualTo(before);
	}

	@Test
	void aSuccessorIsNotDeletedWhileNamedAndAStaleVersionIsRefused() throws Exception {
		long successor = Api.id(analyst.post("/api/v1/policies", document("03/2021/TT-BNG", "PUBLIC", null)));
		long replaced = Api.id(analyst.post("/api/v1/policies", document("02/2015/TTLT", "PUBLIC", successor))
			.andExpect(jsonPath("$.supersededById").value(successor)));
		analyst.put("/api/v1/policies/{id}", document("02/2015/TTLT", "PUBLIC", replaced)
			.replaceFirst("\\{", "{\"version\": 0, "), replaced)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("supersededById")));

		admin.delete("/api/v1/policies/{id}?version=0", successor).andExpect(status().isConflict());
		analyst.put("/api/v1/policies/{id}", document("02/2015/TTLT-BNG-BNV", "PUBLIC", successor)
			.replaceFirst("\\{", "{\"version\": 0, "), replaced)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.number").value("02/2015/TTLT-BNG-BNV"));
		analyst.put("/api/v1/policies/{id}", document("stale", "PUBLIC", null)
			.replaceFirst("\\{", "{\"version\": 0, "), replaced)
			.andExpect(status().isConflict());
		admin.delete("/api/v1/policies/{id}?version=0", replaced).andExpect(status().isConflict());
		admin.delete("/api/v1/policies/{id}?version=1", replaced).andExpect(status().isNoContent());
		admin.delete("/api/v1/policies/{id}?version=0", successor).andExpect(status().isNoContent());
		assertThat(jdbc.sql("select count(*) from audit_event where entity = 'policy' and entity_id = ?")
			.param(replaced)
			.query(Long.class)
			.single()).isEqualTo(3);
	}

}
