package vn.hoptac.projects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import vn.hoptac.Api;
import vn.hoptac.ApiTest;

/** The IATI codelists are loaded whole, withdrawn codes marked, and their licence's attribution is shown among the sources. */
@ApiTest
class IatiCodesMigrationTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	IatiCodes codes;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService userDetails;

	@Test
	void everyCodelistIsLoadedWhole() {
		Map<String, Integer> expected = Map.of("Sector", 325, "SectorCategory", 44, "Currency", 176, "ActivityStatus", 6,
				"TransactionType", 13, "OrganisationRole", 4, "UNSDG-Goals", 17, "UNSDG-Targets", 169, "BudgetType", 2,
				"BudgetStatus", 2);
		expected.forEach((codelist, rows) -> assertThat(
				jdbc.sql("select count(*) from iati_code where codelist = ?").param(codelist).query(Integer.class).single())
			.as(codelist)
			.isEqualTo(rows));
		assertThat(jdbc.sql("select count(*) from iati_code where codelist = 'Sector' and status = 'withdrawn'")
			.query(Integer.class)
			.single()).isEqualTo(30);
	}

	@Test
	void codesReadInTheirListsOrderWithTheirEnglishNames() {
		assertThat(codes.of(IatiCodelist.TRANSACTION_TYPE).keySet()).startsWith("1", "2", "3", "4", "5", "6", "7", "8",
				"9", "10", "11");
		assertThat(codes.of(IatiCodelist.SDG_TARGET).get("11.3").nameEn()).startsWith("By 2030, enhance inclusive");
		assertThat(codes.of(IatiCodelist.SECTOR).get("11321").withdrawn()).isTrue();
		assertThat(codes.active(IatiCodelist.SECTOR)).hasSize(295);
	}

	@Test
	void theSourcesTableAttributesTheCodelists() throws Exception {
		new Api(mvc).anonymous()
			.get("/api/v1/sources")
			.andExpect(jsonPath("$[?(@.id == 'iati-codelists-2.03')].title").value(
					org.hamcrest.Matchers.hasItem(org.hamcrest.Matchers.containsString("IATI Standard, iatistandard.org"))));
	}

}
