package vn.hoptac.delegations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import vn.hoptac.Api;
import vn.hoptac.ApiTest;

/** The seed facts D1–D13 (seed-facts.tsv, group delegation) are records with their sources; nothing invented. */
@ApiTest
class DelegationSeedTests {

	@Autowired
	MockMvc mvc;

	@Test
	void theSeedsDelegationsCarryTheirSourcesAndOnlyTheFiguresTheSourcesGive() throws Exception {
		Api anyone = new Api(mvc);
		List<Map<String, Object>> items = Api.read(anyone.get("/api/v1/delegations?size=100&sort=start"), "$.items");
		assertThat(items).extracting(i -> (String) i.get("source")).doesNotContainNull();
		// D8: six partner delegations at the EWEC fair 2015, dated by the year alone
		assertThat(items).filteredOn(i -> ((String) i.get("title")).contains("Hành lang Kinh tế Đông Tây 2015"))
			.hasSize(6)
			.allSatisfy(i -> {
				assertThat(i.get("startOn")).isEqualTo("2015");
				assertThat(i.get("startPrecision")).isEqualTo("YEAR");
				assertThat(i.get("size")).isNull();
			});
		// D9: 17 members exactly, 2010
		assertThat(items).filteredOn(i -> ((String) i.get("title")).contains("tài sản trí tuệ")).singleElement()
			.satisfies(i -> {
				assertThat(i.get("size")).isEqualTo(17);
				assertThat(i.get("sizeQualifier")).isEqualTo("EXACT");
				assertThat(i.get("startOn")).isEqualTo("2010");
			});
		// D2: the date and size are not given, so none is stated
		assertThat(items).filteredOn(i -> ((String) i.get("title")).contains("Samsung")).singleElement()
			.satisfies(i -> {
				assertThat(i.get("startOn")).isNull();
				assertThat(i.get("size")).isNull();
				assertThat((String) i.get("source")).startsWith("002_8a06e30cb9af2a13.txt");
			});
		// D13: a state visit dated to the day
		assertThat(items).filteredOn(i -> "Nguyễn Xuân Phúc".equals(i.get("headName"))).singleElement()
			.satisfies(i -> {
				assertThat(i.get("startOn")).isEqualTo("2022-12-04");
				assertThat(i.get("endOn")).isEqualTo("2022-12-05");
				assertThat(i.get("headRank")).isEqualTo("HEAD_OF_STATE_OR_GOVERNMENT");
			});
	}

	@Test
	void daNangsReportedTotalIsKeptWithItsFiguresPeriodAndSource() throws Exception {
		Api anyone = new Api(mvc);
		long daNang = new Api(mvc).as("admin").localityId("VN-48");
		anyone.get("/api/v1/delegations/reported-totals?locality=" + daNang + "&direction=INBOUND&size=50")
			.andExpect(jsonPath("$.items[?(@.delegations == 1152)].persons").value(11552))
			.andExpect(jsonPath("$.items[?(@.delegations == 1152)].personsUnit").value("PERSON_VISITS"))
			.andExpect(jsonPath("$.items[?(@.delegations == 1152)].periodFrom").value("1997"))
			.andExpect(jsonPath("$.items[?(@.delegations == 1152)].periodTo").value("2019-02"))
			.andExpect(jsonPath("$.items[?(@.delegations == 1152)].source").value("001_35b6366d42811707.txt §4.3.2 (p. 117)"))
			.andExpect(jsonPath("$.items[?(@.delegations == 100)].delegationsQualifier").value("MORE_THAN"));
		List<Map<String, Object>> all = Api.read(anyone.get("/api/v1/delegations/reported-totals?size=50"), "$.items");
		// D1, D3 ×2, D5, D6, D10, D11 ×2, D12
		assertThat(all).hasSizeGreaterThanOrEqualTo(9);
		assertThat(all).filteredOn(t -> t.get("delegations") == null && t.get("persons") == null).isNotEmpty()
			.allSatisfy(t -> assertThat(t.get("note")).isNotNull());
		assertThat(all).extracting(t -> (String) t.get("source")).doesNotContainNull();
	}

}
