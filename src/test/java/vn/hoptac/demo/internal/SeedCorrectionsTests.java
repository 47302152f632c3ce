package vn.hoptac.demo.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import vn.hoptac.Api;
import vn.hoptac.ApiTest;

/** The seed facts corrected against ../shared/domain/seed-facts.tsv (004 §2–§3, 001 §4.3.3b). */
@ApiTest
class SeedCorrectionsTests {

	@Autowired
	MockMvc mvc;

	Api api;

	@BeforeEach
	void setUp() {
		api = new Api(mvc).as("admin");
	}

	/** The five Vietnam–Korea instruments titled "Hiệp định" are treaties of that kind, signed when 004 says. */
	@Test
	void theFiveHiepDinhAreTreatiesOfThatKind() throws Exception {
		List<Map<String, Object>> treaties = Api.read(api.get(
				"/api/v1/agreements?country=KR&type=TREATY_AGREEMENT&yearFrom=1990&yearTo=2010&size=50&sort=signed"),
				"$.items");
		assertThat(treaties).extracting(t -> ((String) t.get("signedOn")).substring(0, 7))
			.containsExactly("1993-02", "1995-04", "1996-11", "2005-04", "2006-11");
		assertThat(treaties).extracting(t -> (String) t.get("title")).allMatch(title -> title.startsWith("Hiệp định"));
		api.get("/api/v1/agreements?country=KR&type=AGREEMENT&size=100")
			.andExpect(jsonPath("$.items[*].title", everyItem(not(containsString("Hiệp định")))));
	}

	/** The 1995 S&T agreement names no ministries (and Korea's MSIT dates from 2017): the two governments. */
	@Test
	void the1995AgreementNamesNoMinistries() throws Exception {
		List<Integer> ids = Api.read(api.get("/api/v1/agreements?country=KR&type=TREATY_AGREEMENT&yearFrom=1995&yearTo=1995"),
				"$.items[*].id");
		assertThat(ids).hasSize(1);
		api.get("/api/v1/agreements/{id}", ids.get(0))
			.andExpect(jsonPath("$.parties[*].party.name", not(hasItem(containsString("Bộ Khoa học")))))
			.andExpect(jsonPath("$.parties[*].party.code", not(hasItem("MSIT"))))
			.andExpect(jsonPath("$.parties[*].signatoryName", everyItem(org.hamcrest.Matchers.nullValue())));
	}

	@Test
	void theKindergartenDaeguFundedIsMangNon() throws Exception {
		List<Integer> ids = Api.read(api.get("/api/v1/partnerships?q={q}", "da nang daegu"), "$.items[*].id");
		assertThat(ids).isNotEmpty();
		String all = "";
		for (int id : ids) {
			all += api.get("/api/v1/partnerships/{id}", id).andReturn().getResponse().getContentAsString();
		}
		assertThat(all).contains("trường mầm non Măng Non").doesNotContain("Mầm Non (");
	}

}
