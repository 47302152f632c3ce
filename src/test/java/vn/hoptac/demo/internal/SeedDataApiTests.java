package vn.hoptac.demo.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.test.web.servlet.MockMvc;

import vn.hoptac.Api;
import vn.hoptac.ApiTest;

/** The seed dataset's facts, each with its source, are visible through the API. */
@ApiTest
class SeedDataApiTests {

	private static final String SEED_000 = "000_4cf7d0040496a9b3.txt";

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoDataLoader loader;

	Api api;

	@BeforeEach
	void setUp() {
		api = new Api(mvc).as("admin");
	}

	private long partnershipId(String query) throws Exception {
		List<Integer> ids = Api.read(api.get("/api/v1/partnerships?q={q}", query), "$.items[*].id");
		assertThat(ids).as(query).hasSize(1);
		return ids.get(0);
	}

	@Test
	void thaiNguyenGyeongsangbukCarriesEveryMilestoneOfTableOne() throws Exception {
		long id = partnershipId("thai nguyen gyeongsangbuk huu nghi");
		api.get("/api/v1/partnerships/{id}", id)
			.andExpect(jsonPath("$.vnParty.code").value("VN-63-19"))
			.andExpect(jsonPath("$.foreignParty.code").value("KR-37"))
			.andExpect(jsonPath("$.types[0].type").value("FRIENDSHIP"))
			.andExpect(jsonPath("$.milestones[*].date",
					hasItems("2005", "2013", "2014", "2018", "2019", "2023",
							"2025")))
			.andExpect(jsonPath("$.milestones[*].source", everyItem(startsWith(SEED_000))));
	}

	@Test
	void districtPairsRollUpIntoTodaysThaiNguyen() throws Exception {
		long thaiNguyen = api.localityId("VN-19");
		api.get("/api/v1/partnerships?locality={l}&country=KR&size=100", thaiNguyen)
			.andExpect(jsonPath("$.items[*].vnParty.code", hasItems("VN-63-19", "VN-D-167", "VN-D-165", "VN-D-172")))
			.andExpect(jsonPath("$.items[*].foreignParty.code", hasItems("KR-37", "KR-37360", "KR-37090", "KR-37390")));
	}

	@Test
	void langSonGangwonMemorandumOf2016() throws Exception {
		api.get("/api/v1/agreements?q=gangwon&locality={l}&yearFrom=2016&yearTo=2016", api.localityId("VN-20"))
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.items[0].kind").value("MOU"))
			.andExpect(jsonPath("$.items[0].signedOn").value("2016-01-01"))
			.andExpect(jsonPath("$.items[0].source", startsWith("002_8a06e30cb9af2a13.txt")));
	}

	@Test
	void daNangPartnersIncludeRenewalsDormantAndLetterOfIntentOnlyRelations() throws Exception {
		long daNang = api.localityId("VN-48");
		api.get("/api/v1/partnerships?locality={l}&size=100", daNang)
			.andExpect(jsonPath("$.items[*].foreignParty.code", hasItems("KR-22", "JP-YOKOHAMA", "AU-GOLDCOAST")));
		// Grodno, Jiangsu, Newcastle and Réunion were signed and went dormant (their health says so), not paused
		api.get("/api/v1/partnerships?locality={l}&status=PAUSED&size=100", daNang)
			.andExpect(jsonPath("$.total").value(1));
		api.get("/api/v1/partnerships?locality={l}&status=LOI&size=100", daNang).andExpect(jsonPath("$.total").value(2));
		long yokohama = ((Number) Api.read(api.get("/api/v1/agreements?q=yokohama&type=MOU&locality={l}", daNang),
				"$.items[0].id")).longValue();
		api.get("/api/v1/agreements/{id}", yokohama)
			.andExpect(jsonPath("$.actions[*].type", hasItems("SIGNED", "EXTENDED")))
			.andExpect(jsonPath("$.actions.length()").value(3));
	}

	@Test
	void vietnamKoreaScienceTreatyOf1995IsNational() throws Exception {
		api.get("/api/v1/agreements?q={q}&legalBasis=TREATY&yearFrom=1995&yearTo=1995", "hiep dinh khoa hoc ky thuat")
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.items[0].level").value("NATIONAL"))
			.andExpect(jsonPath("$.items[0].parties[*].party.country", hasItems("VN", "KR")));
	}

	@Test
	void everySeedRecordNamesItsSource() throws Exception {
		// the seed is public, so anonymous readers see all of it; each names a seed document
		assertThat(sources("/api/v1/partnerships?size=200")).filteredOn(SeedDataApiTests::fromSeed).hasSize(61);
		assertThat(sources("/api/v1/agreements?size=200")).filteredOn(SeedDataApiTests::fromSeed).hasSize(36);
		assertThat(sources("/api/v1/organisations?size=200")).filteredOn(SeedDataApiTests::fromSeed).hasSize(94 + 34 + 3); // seed.json + organisations-flows.json + events.json (networks only it names)
	}

	private List<String> sources(String path) throws Exception {
		return Api.read(api.anonymous().get(path), "$.items[*].source");
	}

	private static boolean fromSeed(String source) {
		return source != null && source.matches("^00[0-4]_[0-9a-f]{16}\\.txt.*");
	}

	@Test
	void loadsTheSeedOnlyOnce() throws Exception {
		int before = Api.read(api.get("/api/v1/partnerships"), "$.total");
		loader.run(new DefaultApplicationArguments());
		assertThat((int) Api.read(api.get("/api/v1/partnerships"), "$.total")).isEqualTo(before);
	}

}
