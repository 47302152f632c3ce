package vn.hoptac.events;

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

@ApiTest
class MembershipApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	Api api;

	long daNang;

	long network;

	String tag;

	@BeforeEach
	void setUp() throws Exception {
		api = new Api(mvc).as("admin");
		daNang = api.localityId("VN-48");
		tag = "net" + UUID.randomUUID().toString().substring(0, 8);
		network = organisation("CITY_NETWORK", "KR", "PUBLIC");
	}

	private long organisation(String type, String country, String visibility) throws Exception {
		return Api.id(api.post("/api/v1/organisations", """
				{"type": "%s", "names": {"vi": "Mạng lưới %s %s"}, "country": "%s", "visibility": "%s"}"""
			.formatted(type, tag, UUID.randomUUID(), country, visibility)).andExpect(status().isCreated()));
	}

	private String membership(long networkId, String since, String roles) {
		return """
				{"networkOrganisationId": %d, "memberLocalityId": %d, "kind": "MEMBER", "status": "ACTIVE",
				 "since": %s, "roles": [%s], "visibility": "PUBLIC",
				 "source": "003_d3701e273047678f.txt §Năm 2025"}"""
			.formatted(networkId, daNang, since == null ? "null" : "\"" + since + "\"", roles);
	}

	@Test
	void recordsRolesHeldAndAwardsReceivedWithinAMembership() throws Exception {
		long id = Api.id(api.post("/api/v1/memberships", membership(network, "2011", """
				{"role": "Đăng cai Hội nghị Ban Chấp hành lần thứ 37", "from": "2018", "to": "2018"}"""))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.title").value(org.hamcrest.Matchers.endsWith("– Đà Nẵng")))
			.andExpect(jsonPath("$.since").value("2011"))
			.andExpect(jsonPath("$.roles[0].from").value("2018"))
			.andExpect(jsonPath("$.member.name").value("Đà Nẵng"))
			.andExpect(jsonPath("$.ownerProvinceId").value(daNang)));

		long award = Api.id(api.post("/api/v1/memberships/{id}/awards", """
				{"title": "Smart City Award %s", "awardedOn": "2019", "awardedByOrganisationId": %d,
				 "visibility": "PUBLIC"}""".formatted(tag, network), id)
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.membershipId").value(id))
			.andExpect(jsonPath("$.ownerProvinceId").value(daNang))
			.andExpect(jsonPath("$.awardedOn").value("2019")));
		api.get("/api/v1/memberships/{id}/awards", id).andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.items[0].id").value(award));
		api.get("/api/v1/memberships/{id}", id).andExpect(jsonPath("$.awards[0].title").value("Smart City Award " + tag));
		api.get("/api/v1/memberships?q={q}", tag).andExpect(jsonPath("$.total").value(1));
		api.get("/api/v1/memberships?network={n}", network).andExpect(jsonPath("$.items[0].id").value(id));

		// a membership with awards is not deleted from under them
		api.delete("/api/v1/memberships/{id}", id).andExpect(status().isConflict())
			.andExpect(jsonPath("$.records[0].id").value(award));
		api.delete("/api/v1/awards/{id}", award).andExpect(status().isNoContent());
		api.delete("/api/v1/memberships/{id}", id).andExpect(status().isNoContent());
	}

	@Test
	void refusesWhatIsNotANetworkBadPeriodsAndUnreadableReferencesWritingNothing() throws Exception {
		long before = jdbc.sql("select count(*) from membership").query(Long.class).single();
		long university = organisation("UNIVERSITY", "KR", "PUBLIC");
		api.post("/api/v1/memberships", membership(university, null, ""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("networkOrganisationId"))
			.andExpect(jsonPath("$.errors[0].message").value("Cần chọn một mạng lưới thành phố hoặc một tổ chức quốc tế."));
		api.in("en").post("/api/v1/memberships", membership(network, "2015", """
				{"role": ""}, {"role": "Chair", "from": "2020", "to": "2018-05"}""").replace("\"since\"",
				"\"until\": \"2012\", \"since\""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("until")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("roles[0].role")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("roles[1].to")))
			.andExpect(jsonPath("$.errors[*].message", hasItem("The end date cannot be before the start date.")));
		// a network kept internally by another province is answered as unknown to an officer
		long hidden = Api.id(new Api(mvc).as("thainguyen").post("/api/v1/organisations", """
				{"type": "CITY_NETWORK", "names": {"vi": "Mạng lưới ẩn %s"}, "country": "JP", "visibility": "INTERNAL"}"""
			.formatted(tag)).andExpect(status().isCreated()));
		new Api(mvc).as("danang").in("ko").post("/api/v1/memberships", membership(hidden, null, ""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("networkOrganisationId"))
			.andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString(String.valueOf(hidden))));
		api.post("/api/v1/memberships", membership(network, null, "").replace("\"memberLocalityId\": " + daNang,
				"\"memberLocalityId\": " + api.localityId("KR-37")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("memberLocalityId"));

		assertThat(jdbc.sql("select count(*) from membership").query(Long.class).single()).isEqualTo(before);
	}

	@Test
	void anOfficerWritesOnlyTheMembershipsOfTheirProvince() throws Exception {
		Api danang = new Api(mvc).as("danang");
		long id = Api.id(danang.post("/api/v1/memberships", membership(network, "2011", ""))
			.andExpect(status().isCreated()));
		new Api(mvc).as("thainguyen").put("/api/v1/memberships/{id}", membership(network, "2012", ""), id)
			.andExpect(status().isForbidden());
		danang.delete("/api/v1/memberships/{id}", id).andExpect(status().isForbidden());
		danang.put("/api/v1/memberships/{id}", membership(network, "2012", "").replace("\"kind\"", "\"version\": 0, \"kind\""), id)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.since").value("2012"));
		danang.put("/api/v1/memberships/{id}", membership(network, "2013", "").replace("\"kind\"", "\"version\": 0, \"kind\""), id)
			.andExpect(status().isConflict());
	}

}
