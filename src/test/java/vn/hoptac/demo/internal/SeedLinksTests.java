package vn.hoptac.demo.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import vn.hoptac.Api;
import vn.hoptac.ApiTest;

/**
 * The links the sources state between records of different seed files are made by their own seed
 * (db/demo/links.json): the six delegations of fact D8 name the EWEC fair 2015 (E3) they attended,
 * and the events E9 and E10 name the VKIST and KVIP projects; a delegation's event must exist and
 * be readable, and comes back as it was put.
 */
@ApiTest
class SeedLinksTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theDelegationsAtTheEwecFairNameItAndTheCeremoniesNameTheirProjects() throws Exception {
		Api anyone = new Api(mvc);
		long fair = id(anyone, "events", "Hội chợ Quốc tế Thương mại, Đầu tư và Du lịch Hành lang Kinh tế Đông – Tây 2015");
		List<Map<String, Object>> delegations = Api.read(anyone.get("/api/v1/delegations?size=100"), "$.items");
		assertThat(delegations)
			.filteredOn(d -> ((String) d.get("title")).contains("Hành lang Kinh tế Đông Tây 2015"))
			.hasSize(6)
			.allSatisfy(d -> anyone.get("/api/v1/delegations/{id}", d.get("id")).andExpect(jsonPath("$.eventId").value(fair)));

		long vkist = id(anyone, "projects", "Viện Khoa học và Công nghệ Việt Nam - Hàn Quốc (VKIST)");
		long kvip = id(anyone, "projects", "Dự án Vườn ươm công nghệ Việt Nam - Hàn Quốc (KVIP)");
		anyone.get("/api/v1/events/{id}", id(anyone, "events", "Lễ khởi công Viện Khoa học và Công nghệ Việt Nam"))
			.andExpect(jsonPath("$.projectId").value(vkist));
		anyone.get("/api/v1/events/{id}", id(anyone, "events", "Lễ khánh thành Vườn ươm công nghệ"))
			.andExpect(jsonPath("$.projectId").value(kvip));
		assertThat(jdbc.queryForObject("select count(*) from demo_seed where name = 'db/demo/links.json'", Long.class))
			.isEqualTo(1);
		// the link is recorded as a change of the delegation
		long linked = ((Number) delegations.stream()
			.filter(d -> ((String) d.get("title")).contains("Hành lang Kinh tế Đông Tây 2015"))
			.findFirst()
			.orElseThrow()
			.get("id")).longValue();
		assertThat(jdbc.queryForObject("select count(*) from audit_event where entity = 'delegation' "
				+ "and entity_id = ? and action = 'UPDATED'", Long.class, linked)).isPositive();
	}

	@Test
	void aDelegationNamesOnlyAnEventThatExistsAndKeepsItWhenPutBack() throws Exception {
		Api admin = new Api(mvc).as("admin");
		long fair = id(admin, "events", "Hội chợ Quốc tế Thương mại, Đầu tư và Du lịch Hành lang Kinh tế Đông – Tây 2015");
		String body = """
				{"title": "Đoàn dự hội chợ kiểm thử", "direction": "INBOUND", "status": "HELD", "vnLocalityId": %d,
				 "foreignLocalityId": %d, "startOn": "2015", "eventId": %d, "visibility": "PUBLIC"}""";
		admin.in("en")
			.post("/api/v1/delegations", body.formatted(admin.localityId("VN-48"), admin.localityId("KR-26"), 987654321))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("eventId"));
		long created = Api.id(admin
			.post("/api/v1/delegations", body.formatted(admin.localityId("VN-48"), admin.localityId("KR-26"), fair))
			.andExpect(status().isCreated()));
		String read = admin.get("/api/v1/delegations/{id}", created)
			.andExpect(jsonPath("$.eventId").value(fair))
			.andReturn()
			.getResponse()
			.getContentAsString();
		admin.put("/api/v1/delegations/{id}", read, created)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.eventId").value(fair));
		String page = admin.get("/delegations/{id}", created).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("href=\"/events/" + fair + "\"");
	}

	private static long id(Api api, String type, String title) throws Exception {
		// the seed files hold fewer than 100 of each
		List<Map<String, Object>> items = Api.read(api.get("/api/v1/" + type + "?size=100"), "$.items");
		return ((Number) items.stream()
			.filter(i -> ((String) i.get("title")).startsWith(title))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no " + type + " titled " + title))
			.get("id")).longValue();
	}

}
