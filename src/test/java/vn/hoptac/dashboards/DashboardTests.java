package vn.hoptac.dashboards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import vn.hoptac.Api;
import vn.hoptac.ApiTest;
import vn.hoptac.SignedInAs;
import vn.hoptac.reviews.PartnershipHealthService;

/** GET /api/v1/dashboards and /dashboards: figures counted from the records, under the reader's access. */
@ApiTest
class DashboardTests {

	static final String YEAR_1907 = "$.figures[?(@.id == 'delegationsByYear')].rows[?(@.key == 1907)].values";

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PartnershipHealthService health;

	@Test
	void delegationsCountPerYearAndDirectionInTheProvinceAndTheNation() throws Exception {
		Api officer = new Api(mvc).as("thainguyen");
		long thaiNguyen = officer.localityId("VN-19");
		long gyeongbuk = officer.localityId("KR-37");
		List<Integer> provinceBefore = counts(officer, "?province=VN-19");
		List<Integer> nationBefore = counts(officer, "");
		List<Integer> publicBefore = counts(officer.anonymous(), "?province=" + thaiNguyen);
		visit(officer, thaiNguyen, gyeongbuk, "INBOUND", "1907-04", "INTERNAL");
		visit(officer, thaiNguyen, gyeongbuk, "INBOUND", "1907", "PUBLIC");
		visit(officer, thaiNguyen, gyeongbuk, "OUTBOUND", "1907-10-02", "INTERNAL");
		// known only as "before 1907": in no year
		visit(officer, thaiNguyen, gyeongbuk, "OUTBOUND", "..1907", "INTERNAL");

		assertThat(delta(counts(officer, "?province=VN-19"), provinceBefore)).containsExactly(2, 1);
		assertThat(delta(counts(officer, ""), nationBefore)).containsExactly(2, 1);
		assertThat(delta(counts(officer.anonymous(), "?province=" + thaiNguyen), publicBefore)).containsExactly(1, 0);

		// the nation's dashboard computes every partnership's health: signed-in readers only
		officer.anonymous().get("/api/v1/dashboards").andExpect(status().isUnauthorized());
		officer.get("/api/v1/dashboards?province=XX-404").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("province"));
	}

	@Test
	void thePagesShowEveryFigureAsATableInTheReadersLanguage() throws Exception {
		Api admin = new Api(mvc).as("admin");
		// the nation's page is for signed-in readers: others are sent to sign in
		mvc.perform(get("/dashboards")).andExpect(status().is3xxRedirection());
		String national = mvc.perform(get("/dashboards").param("lang", "en")
			.with(new SignedInAs(userDetails).user("admin"))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		assertThat(national).contains("National dashboard", "Inbound and outbound delegations by year",
				"Provinces compared", "id=\"table-provinces\"", "data-chart-table=\"table-agreementsByYear\"")
			.doesNotContain("enum.", "INBOUND", "ODA_GRANT");
		String province = admin.get("/dashboards?province=VN-19&lang=ko").andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString();
		assertThat(province).contains("대시보드: ", "연도별 방문 및 파견 대표단").doesNotContain("id=\"table-provinces\"", "enum.");
	}

	@Test
	void theWorldMapCountsEachCountrysPartnerLocalitiesOnceAsTheDatabaseHasThem() throws Exception {
		Api admin = new Api(mvc).as("admin");
		String counted = """
				select l.country, count(distinct p.foreign_locality_id) from partnership p
				join locality l on l.id = p.foreign_locality_id %s group by l.country""";
		Map<String, Integer> nation = countries(jdbc.queryForList(counted.formatted("")));
		Map<String, Integer> thaiNguyen = countries(jdbc.queryForList(counted.formatted(
				"where p.owner_province_id = (select id from locality where code = 'VN-19')")));
		assertThat(nation).isNotEmpty().containsKey("KR");
		assertThat(thaiNguyen).isNotEmpty();

		assertThat(mapRows(admin, "")).isEqualTo(nation);
		assertThat(mapRows(admin, "?province=VN-19")).isEqualTo(thaiNguyen);

		String page = mvc.perform(get("/dashboards").param("lang", "en")
			.with(new SignedInAs(userDetails).user("admin"))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		assertThat(page).contains("Foreign partner localities by country (map)", "South Korea", "world-110m.geojson",
				"Natural Earth");
	}

	@Test
	void theHealthFigureCountsTheStatesOfThePartnershipsTheHealthServiceEvaluates() throws Exception {
		Api officer = new Api(mvc).as("thainguyen");
		long thaiNguyen = officer.localityId("VN-19");
		UserDetails reader = userDetails.loadUserByUsername("thainguyen");
		try {
			for (Long province : java.util.Arrays.asList(null, thaiNguyen)) {
				// as the officer each time: the request below leaves the test's thread signed out
				SecurityContextHolder.getContext()
					.setAuthentication(
							UsernamePasswordAuthenticationToken.authenticated(reader, null, reader.getAuthorities()));
				Map<String, Integer> evaluated = new TreeMap<>();
				health.ofProvince(province).forEach(h -> evaluated.merge(h.state().name(), 1, Integer::sum));
				assertThat(evaluated).isNotEmpty();
				assertThat(figureRows(officer, "partnershipHealth", province == null ? "" : "?province=" + province))
					.isEqualTo(evaluated);
			}
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	private static Map<String, Integer> countries(List<Map<String, Object>> rows) {
		Map<String, Integer> counts = new TreeMap<>();
		rows.forEach(row -> counts.put((String) row.get("country"), ((Number) row.values().toArray()[1]).intValue()));
		return counts;
	}

	private static Map<String, Integer> mapRows(Api as, String query) throws Exception {
		return figureRows(as, "partnerLocalities' && @.chart == 'MAP", query);
	}

	/** A figure's first value per row key. */
	private static Map<String, Integer> figureRows(Api as, String figure, String query) throws Exception {
		List<Map<String, Object>> rows = Api.read(as.get("/api/v1/dashboards" + query).andExpect(status().isOk()),
				"$.figures[?(@.id == '" + figure + "')].rows[*]");
		Map<String, Integer> counts = new TreeMap<>();
		rows.forEach(row -> counts.put((String) row.get("key"), ((Number) ((List<?>) row.get("values")).get(0)).intValue()));
		return counts;
	}

	private static List<Integer> counts(Api as, String query) throws Exception {
		List<List<Integer>> found = Api.read(as.get("/api/v1/dashboards" + query).andExpect(status().isOk()), YEAR_1907);
		return found.isEmpty() ? List.of(0, 0) : found.get(0);
	}

	private static List<Integer> delta(List<Integer> after, List<Integer> before) {
		return List.of(after.get(0) - before.get(0), after.get(1) - before.get(1));
	}

	private static void visit(Api as, long vnLocality, long foreignLocality, String direction, String start,
			String visibility) throws Exception {
		as.post("/api/v1/delegations", """
				{"title": "Đoàn bảng số liệu %s", "direction": "%s", "status": "HELD", "vnLocalityId": %d,
				 "foreignLocalityId": %d, "startOn": "%s", "visibility": "%s"}"""
			.formatted(UUID.randomUUID(), direction, vnLocality, foreignLocality, start, visibility))
			.andExpect(status().isCreated());
	}

}
