package vn.hoptac.demo.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.test.web.servlet.MockMvc;

import vn.hoptac.Api;
import vn.hoptac.ApiTest;

/** Later seed files refer to the records of earlier ones by their seed keys. */
@ApiTest
class SeedKeysTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	SeedKeys keys;

	@Autowired
	SeedOnce once;

	@Autowired
	FlowOrganisationsLoader flows;

	@Test
	void keysOfTheMainSeedAndOfTheFlowsSeedResolveToTheirRecords() throws Exception {
		Api api = new Api(mvc).as("admin");
		api.get("/api/v1/organisations/{id}", keys.organisation("koica"))
			.andExpect(jsonPath("$.abbreviation").value("KOICA"));
		api.get("/api/v1/organisations/{id}", keys.organisation("citynet"))
			.andExpect(jsonPath("$.country").value("KR"))
			.andExpect(jsonPath("$.source").value(org.hamcrest.Matchers.startsWith("001_35b6366d42811707.txt §4.4.2")));
		api.get("/api/v1/organisations/{id}", keys.organisation("auick"))
			.andExpect(jsonPath("$.locality.code").value("JP-KOBE"));
		api.get("/api/v1/partnerships/{id}", keys.partnership("danang-daegu"))
			.andExpect(jsonPath("$.foreignParty.code").value("KR-22"));
		assertThat(keys.locality("VN-48")).isEqualTo(api.localityId("VN-48"));
		assertThat(keys.organisation(null)).isNull();
	}

	@Test
	void anUnknownKeyIsRefusedByName() {
		assertThatIllegalArgumentException().isThrownBy(() -> keys.organisation("no-such-organisation"))
			.withMessageContaining("no-such-organisation");
	}

	@Test
	void theFlowsSeedHasItsOwnMarkerAndLoadsOnce() throws Exception {
		assertThat(once.loaded(FlowOrganisationsLoader.SEED)).isTrue();
		assertThat(once.loaded(DemoDataLoader.SEED)).isTrue();
		long before = keys.organisation("uclg");
		flows.run(new DefaultApplicationArguments());
		assertThat(keys.organisation("uclg")).isEqualTo(before);
		Api api = new Api(mvc).as("admin");
		assertThat(Api.<Integer>read(api.get("/api/v1/organisations?q=uclg"), "$.total")).isEqualTo(1);
	}

}
