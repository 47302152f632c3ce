package vn.hoptac.delegations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import vn.hoptac.Api;
import vn.hoptac.ApiTest;

/** Plans of the provincial leaders' delegations: the path's order, planned against held, unplanned delegations. */
@ApiTest
class DelegationPlanTests {

	@Autowired
	MockMvc mvc;

	Api officer;

	long thaiNguyen;

	long gyeongbuk;

	@BeforeEach
	void setUp() throws Exception {
		officer = new Api(mvc).as("thainguyen");
		thaiNguyen = officer.localityId("VN-19");
		gyeongbuk = officer.localityId("KR-37");
	}

	private long plan(int year) throws Exception {
		return Api.id(officer.post("/api/v1/delegation-plans", """
				{"title": "Kế hoạch đoàn ra, đoàn vào năm %d (%s)", "vnLocalityId": %d, "year": %d, "kind": "ANNUAL",
				 "dueOn": "%d-11-30",
				 "items": [{"direction": "OUTBOUND", "plannedOn": "%d-09", "headTitle": "Chủ tịch UBND tỉnh",
				            "foreignLocalityId": %d, "purpose": "Kỷ niệm quan hệ hợp tác"},
				           {"direction": "INBOUND", "plannedOn": "%d", "foreignLocalityId": %d}]}"""
			.formatted(year, UUID.randomUUID(), thaiNguyen, year, year - 1, year, gyeongbuk, year, gyeongbuk))
			.andExpect(status().isCreated()));
	}

	private void step(long plan, String step, String date, int expected) throws Exception {
		officer.post("/api/v1/delegation-plans/{id}/steps", """
				{"step": "%s", "date": "%s", "documentRef": "Tờ trình số 12/TTr-SNgV"}""".formatted(step, date), plan)
			.andExpect(status().is(expected));
	}

	@Test
	void thePathFollowsItsOrderComparingWholePeriods() throws Exception {
		long plan = plan(1941);
		step(plan, "SUBMITTED_TO_PEOPLES_COMMITTEE", "1940-11-20", 201);
		// drafting after the submission already recorded contradicts the path
		officer.post("/api/v1/delegation-plans/{id}/steps", """
				{"step": "DRAFTED_BY_DOFA", "date": "1940-12-01"}""", plan)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("date"))
			.andExpect(jsonPath("$.errors[0].message", containsString("Trình Ủy ban nhân dân tỉnh")));
		officer.in("en").post("/api/v1/delegation-plans/{id}/steps", """
				{"step": "APPROVED_BY_PEOPLES_COMMITTEE", "date": "1940-10"}""", plan)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message", containsString("approval path")));
		// a month that contains the submission day does not contradict it
		step(plan, "APPROVED_BY_PEOPLES_COMMITTEE", "1940-11", 201);
		step(plan, "SENT_TO_MOFA", "1940-12-02", 201);
		step(plan, "APPROVED_BY_PRIME_MINISTER", "1941-01-15", 201);
		officer.get("/api/v1/delegation-plans/{id}", plan)
			.andExpect(jsonPath("$.currentStep").value("APPROVED_BY_PRIME_MINISTER"))
			.andExpect(jsonPath("$.steps.length()").value(4));
		step(plan, "SENT_TO_MOFA", "2999-01-01", 400);
	}

	@Test
	void showsPlannedAgainstHeldAndTheDelegationsNoItemForesaw() throws Exception {
		long plan = plan(1942);
		List<Integer> items = Api.read(officer.get("/api/v1/delegation-plans/{id}", plan), "$.items[*].id");
		long realised = Api.id(officer.post("/api/v1/delegations", """
				{"title": "Đoàn lãnh đạo tỉnh thăm Gyeongsangbuk", "direction": "OUTBOUND", "status": "HELD",
				 "vnLocalityId": %d, "foreignLocalityId": %d, "startOn": "1942-09-12", "planItemId": %d}"""
			.formatted(thaiNguyen, gyeongbuk, items.get(0))).andExpect(status().isCreated()));
		long unplanned = Api.id(officer.post("/api/v1/delegations", """
				{"title": "Đoàn phát sinh", "direction": "INBOUND", "status": "HELD",
				 "vnLocalityId": %d, "foreignLocalityId": %d, "startOn": "1942-04"}"""
			.formatted(thaiNguyen, gyeongbuk)).andExpect(status().isCreated()));

		officer.get("/api/v1/delegation-plans/{id}", plan)
			.andExpect(jsonPath("$.items[0].realisedBy[0].id").value(realised))
			.andExpect(jsonPath("$.items[1].realisedBy.length()").value(0))
			.andExpect(jsonPath("$.unplanned[*].id").value(org.hamcrest.Matchers.contains((int) unplanned)));
		officer.get("/api/v1/delegations?plan=" + plan).andExpect(jsonPath("$.total").value(1));
		officer.get("/api/v1/delegations/stats?groupBy=direction&plan=" + plan)
			.andExpect(jsonPath("$.rows[0].key").value("OUTBOUND"));

		// the realised item cannot be dropped; the other can, and the plan keeps the realised one's id
		String read = officer.get("/api/v1/delegation-plans/{id}", plan).andReturn().getResponse().getContentAsString();
		officer.put("/api/v1/delegation-plans/{id}", """
				{"title": "Kế hoạch sửa", "vnLocalityId": %d, "year": 1942, "kind": "ANNUAL", "items": [], "version": 0}"""
			.formatted(thaiNguyen), plan)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("items"));
		officer.put("/api/v1/delegation-plans/{id}", """
				{"title": "Kế hoạch sửa", "vnLocalityId": %d, "year": 1942, "kind": "ANNUAL", "version": 0,
				 "items": [{"id": %d, "direction": "OUTBOUND", "status": "HELD"}]}"""
			.formatted(thaiNguyen, items.get(0)), plan)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items.length()").value(1))
			.andExpect(jsonPath("$.items[0].id").value(items.get(0)))
			.andExpect(jsonPath("$.items[0].realisedBy[0].id").value(realised));
		assertThat(read).contains("\"unplanned\"");
		// what GET answers can be sent back as it is (the version read is now stale: 409)
		officer.put("/api/v1/delegation-plans/{id}", read, plan).andExpect(status().isConflict());
		String current = officer.get("/api/v1/delegation-plans/{id}", plan).andReturn().getResponse().getContentAsString();
		officer.put("/api/v1/delegation-plans/{id}", current, plan)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[0].id").value(items.get(0)));
		new Api(mvc).as("langson").get("/api/v1/delegation-plans/{id}", plan).andExpect(status().isForbidden());
	}

	@Test
	void aPlanNeedsItsProvinceYearAndKindInEveryLanguage() throws Exception {
		officer.in("ko").post("/api/v1/delegation-plans", """
				{"title": "Kế hoạch", "half": 3}""")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[?(@.field == 'vnLocalityId')]").exists())
			.andExpect(jsonPath("$.errors[?(@.field == 'year')]").exists())
			.andExpect(jsonPath("$.errors[?(@.field == 'kind')]").exists())
			.andExpect(jsonPath("$.errors[?(@.field == 'half')].message").value(org.hamcrest.Matchers.hasItem(containsString("반기"))));
	}

}
