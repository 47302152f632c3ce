package vn.hoptac.reviews;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import vn.hoptac.Api;
import vn.hoptac.ApiTest;

@ApiTest
class ReviewApiTests {

	@Autowired
	MockMvc mvc;

	Api api;

	long thaiNguyen;

	long foreignCity;

	long partnership;

	/** The first half of last year: due and reviewable whatever today is. */
	final int year = LocalDate.now().getYear() - 1;

	@BeforeEach
	void setUp() throws Exception {
		api = new Api(mvc).as("admin");
		thaiNguyen = api.localityId("VN-19");
		foreignCity = api.localityId("KR-37");
		partnership = Api.id(api.post("/api/v1/partnerships", """
				{"title": "Rà soát %s", "level": "PROVINCE", "vnLocalityId": %d, "foreignLocalityId": %d,
				 "duplicateIntended": true, "visibility": "INTERNAL",
				 "statuses": [{"status": "FORMAL", "date": "2015"}]}""".formatted(UUID.randomUUID(), thaiNguyen,
				foreignCity))
			.andExpect(status().isCreated()));
	}

	String review(String kind, Integer half, String conclusion) {
		return """
				{"partnershipId": %d, "kind": "%s", "periodYear": %d, "periodHalf": %s, "reviewedOn": "%d-07-20",
				 "reviewer": "Sở Ngoại vụ Thái Nguyên",
				 "objectives": {"rating": "PARTLY_MET", "note": "Hai trong ba mục tiêu"},
				 "activities": {"rating": "MET"}, "problems": "Thiếu kinh phí", "proposals": "Lập kế hoạch 2026",
				 "conclusion": "%s", "source": "Biên bản rà soát"}"""
			.formatted(partnership, kind, year, half, year, conclusion);
	}

	@Test
	void recordsAReviewKeptLikeItsPartnershipAndRefusesASecondForTheSamePeriod() throws Exception {
		long id = Api.id(api.post("/api/v1/reviews", review("SEMIANNUAL", 1, "CONTINUE"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.objectives.rating").value("PARTLY_MET"))
			.andExpect(jsonPath("$.ownerProvinceId").value((int) thaiNguyen))
			.andExpect(jsonPath("$.visibility").value("INTERNAL")));
		api.get("/api/v1/reviews?partnership={p}", partnership)
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.totalExact").value(true))
			.andExpect(jsonPath("$.items[0].id").value((int) id));
		api.in("en")
			.post("/api/v1/reviews", review("SEMIANNUAL", 1, "EXPAND"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.title").value("Already recorded"))
			.andExpect(jsonPath("$.detail", not(containsString("duplicateIntended"))))
			.andExpect(jsonPath("$.errors[0].field").value("periodYear"))
			.andExpect(jsonPath("$.errors[0].message", containsString("already has a review")));
		api.post("/api/v1/reviews", review("SEMIANNUAL", 2, "EXPAND")).andExpect(status().isCreated());
	}

	@Test
	void anUnchangedReviewPutBackChangesNothing() throws Exception {
		long id = Api.id(api.post("/api/v1/reviews", review("SEMIANNUAL", 2, "EXPAND")));
		String before = api.get("/api/v1/reviews/{id}", id).andReturn().getResponse().getContentAsString();
		api.put("/api/v1/reviews/{id}", before, id)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.objectives.note").value("Hai trong ba mục tiêu"))
			.andExpect(jsonPath("$.conclusion").value("EXPAND"))
			.andExpect(jsonPath("$.version").value(0));
	}

	@Test
	void namesEachBadFieldInTheRequestsLanguage() throws Exception {
		String body = """
				{"partnershipId": %d, "kind": "SEMIANNUAL", "periodYear": %d, "reviewedOn": "%s"}"""
			.formatted(partnership, year, LocalDate.now().plusDays(3));
		api.in("en")
			.post("/api/v1/reviews", body)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("periodHalf")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("reviewedOn")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("conclusion")))
			.andExpect(jsonPath("$.errors[*].message", hasItem("The review date cannot be in the future")));
		api.in("ko")
			.post("/api/v1/reviews", review("ANNUAL", 1, "CONTINUE"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("periodHalf"))
			.andExpect(jsonPath("$.errors[0].message", containsString("연간 검토")));
	}

	@Test
	void anUpdateOnAStaleVersionIsAConflictAndChangesAreAudited() throws Exception {
		long id = Api.id(api.post("/api/v1/reviews", review("ANNUAL", null, "CONTINUE")));
		String adjusted = review("ANNUAL", null, "ADJUST");
		String changed = adjusted.substring(0, adjusted.lastIndexOf('}')) + ", \"version\": 0}";
		api.put("/api/v1/reviews/{id}", changed, id).andExpect(status().isOk())
			.andExpect(jsonPath("$.conclusion").value("ADJUST"));
		api.put("/api/v1/reviews/{id}", changed, id).andExpect(status().isConflict());
		api.get("/api/v1/audit?entity=partnership_review&entityId={id}", id).andExpect(status().isOk());
		api.delete("/api/v1/reviews/{id}?version=0", id).andExpect(status().isConflict());
		api.delete("/api/v1/reviews/{id}?version=1", id).andExpect(status().isNoContent());
	}

	@Test
	void aReviewConcludingPauseOrEndDecidesTheHealth() throws Exception {
		api.post("/api/v1/reviews", review("SEMIANNUAL", 1, "PAUSE")).andExpect(status().isCreated());
		api.get("/api/v1/partnerships/{id}/health", partnership)
			.andExpect(jsonPath("$.state").value("PAUSED"))
			.andExpect(jsonPath("$.reasons[0].code").value("reviewConclusion"))
			.andExpect(jsonPath("$.reasons[0].text", containsString("Tạm dừng")));
		api.post("/api/v1/reviews", review("SEMIANNUAL", 2, "END").replace("-07-20", "-12-20"))
			.andExpect(status().isCreated());
		api.get("/api/v1/partnerships/{id}/health", partnership).andExpect(jsonPath("$.state").value("ENDED"));
	}

	@Test
	void anotherProvincesOfficerNeitherReadsNorWritesItsReviews() throws Exception {
		long id = Api.id(api.post("/api/v1/reviews", review("SEMIANNUAL", 1, "CONTINUE")));
		Api danang = new Api(mvc).as("danang");
		danang.get("/api/v1/reviews/{id}", id).andExpect(status().isForbidden());
		danang.get("/api/v1/reviews?partnership={p}", partnership).andExpect(jsonPath("$.total").value(0));
		danang.post("/api/v1/reviews", review("ANNUAL", null, "CONTINUE"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("partnershipId"));
		new Api(mvc).as("thainguyen").post("/api/v1/reviews", review("ANNUAL", null, "CONTINUE"))
			.andExpect(status().isCreated());
	}

	@Test
	void aMissingReviewIsAmongTheRemindersAndTheAttentionListUntilItIsRecorded() throws Exception {
		Api officer = new Api(mvc).as("thainguyen");
		officer.get("/api/v1/reminders?kind=review.annual.due&horizon=30")
			.andExpect(jsonPath("$.items[*].id", hasItem((int) partnership)));
		api.get("/api/v1/partnerships/attention?province={p}", thaiNguyen)
			.andExpect(jsonPath("$[?(@.partnershipId == %d)].reviewOverdue".formatted(partnership), hasItem(true)));
		int lastYear = LocalDate.now().getYear() - 1;
		officer.post("/api/v1/reviews", review("ANNUAL", null, "CONTINUE")
			.replace("\"periodYear\": " + year, "\"periodYear\": " + lastYear)
			.replace(year + "-07-20", LocalDate.now().toString())).andExpect(status().isCreated());
		officer.get("/api/v1/reminders?kind=review.annual.due&horizon=30")
			.andExpect(jsonPath("$.items[*].id", not(hasItem((int) partnership))));
	}

}
