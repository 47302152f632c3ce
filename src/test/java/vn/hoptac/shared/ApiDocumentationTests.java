package vn.hoptac.shared;

import static org.hamcrest.Matchers.hasKey;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import vn.hoptac.Api;
import vn.hoptac.ApiTest;

@ApiTest
class ApiDocumentationTests {

	@Autowired
	MockMvc mvc;

	@Test
	void publishesOpenApiForEveryCollection() throws Exception {
		new Api(mvc).get("/v3/api-docs")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths", hasKey("/api/v1/localities")))
			.andExpect(jsonPath("$.paths", hasKey("/api/v1/organisations/{id}")))
			.andExpect(jsonPath("$.paths", hasKey("/api/v1/partnerships")))
			.andExpect(jsonPath("$.paths", hasKey("/api/v1/agreements/{id}/actions")));
	}

	@Test
	void reportsHealth() throws Exception {
		new Api(mvc).get("/actuator/health")
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.json("{\"status\":\"UP\",\"groups\":[\"liveness\",\"readiness\"]}", org.springframework.test.json.JsonCompareMode.STRICT));
	}

}
