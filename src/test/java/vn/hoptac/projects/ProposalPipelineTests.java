package vn.hoptac.projects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import vn.hoptac.Api;
import vn.hoptac.ApiTest;

/** The proposals pipeline: Lạng Sơn's ODA requests to Korea (seeds M12 and M13) are ideas seeking funding, apart from projects under way. */
@ApiTest
class ProposalPipelineTests {

	@Autowired
	MockMvc mvc;

	@Test
	void langSonsRequestsAreInThePipelineWithTheirIndicativeBudgets() throws Exception {
		Api api = new Api(mvc).as("langson");
		List<Map<String, Object>> pipeline = Api.read(api.get("/api/v1/projects?status=1&locality={l}&size=50",
				api.localityId("VN-20")), "$.items");
		assertThat(pipeline).extracting(p -> p.get("title"))
			.contains("Đề xuất ODA: 5 dự án lĩnh vực y tế", "Đề xuất ODA: 2 dự án lĩnh vực giáo dục (20 hợp phần)");
		assertThat(pipeline).allSatisfy(p -> assertThat(p.get("activityStatus")).isEqualTo("1"));

		long health = ((Number) pipeline.stream()
			.filter(p -> p.get("title").toString().contains("y tế"))
			.findFirst()
			.orElseThrow()
			.get("id")).longValue();
		api.get("/api/v1/projects/{id}", health)
			.andExpect(jsonPath("$.proposalStage").value("SEEKING_FUNDING"))
			.andExpect(jsonPath("$.coversProjects").value(5))
			.andExpect(jsonPath("$.budgets[0].status").value(1))
			.andExpect(jsonPath("$.budgets[0].amount").value(1455200000000L))
			.andExpect(jsonPath("$.budgets[0].currency").value("VND"))
			// proposed "for 2022 and the following years": valued at the start of 2022
			.andExpect(jsonPath("$.budgets[0].valueDate").value("2022-01-01"))
			.andExpect(jsonPath("$.budgets[0].amountVnd").value(1455200000000.00))
			.andExpect(jsonPath("$.sourceCitations[0].locator").value("§Thúc đẩy các hợp tác thực chất và hiệu quả"));
		api.get("/api/v1/projects?status=1&proposalStage=SEEKING_FUNDING&q={q}", "20 hợp phần")
			.andExpect(jsonPath("$.items[0].coversProjects").doesNotExist())
			.andExpect(jsonPath("$.total").value(1));
		api.get("/api/v1/projects?status=2&locality={l}", api.localityId("VN-20"))
			.andExpect(jsonPath("$.items[*].activityStatus", not(hasItem("1"))));
	}

}
