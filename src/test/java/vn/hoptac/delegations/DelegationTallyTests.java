package vn.hoptac.delegations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import vn.hoptac.Api;
import vn.hoptac.ApiTest;
import vn.hoptac.geo.LocalityService;
import vn.hoptac.shared.Access;
import vn.hoptac.shared.Actor;
import vn.hoptac.shared.Role;

/**
 * The unfiltered statistics, and the delegations per year and direction of every province or one
 * keeping province, read the counts kept by the writes: after creates, updates (partner, size,
 * visibility, province, start) and deletes, and after a recount, they equal a fresh {@code COUNT}
 * over the delegation table under each reader's access.
 */
@ApiTest
class DelegationTallyTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	DelegationService delegations;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	LocalityService localities;

	private static final String KEY_COLUMNS = """
			case :grouping
			  when 'PARTNER' then coalesce(cast(foreign_locality_id as varchar(20)), '') || '/' || coalesce(cast(foreign_organisation_id as varchar(20)), '')
			  when 'COUNTRY' then coalesce(cast(foreign_country as varchar(2)), '')
			  when 'DIRECTION' then direction
			  else case when start_on is null or start_precision like 'BEFORE%' then ''
			       else cast(cast(extract(year from start_on) as int) as varchar(4)) end end""";

	@Test
	void theStatisticsKeptByTheWritesEqualAFreshCountForEveryReader() throws Exception {
		Api admin = new Api(mvc).as("admin");
		long thaiNguyen = admin.localityId("VN-19");
		long daNang = admin.localityId("VN-48");
		long gyeongbuk = admin.localityId("KR-37");
		long busan = admin.localityId("KR-26");
		long first = create(admin, thaiNguyen, gyeongbuk, "INBOUND", "2019-05", 6, "INTERNAL");
		long second = create(admin, daNang, busan, "OUTBOUND", "..2018", null, "PUBLIC");
		long third = create(admin, thaiNguyen, busan, "INBOUND", null, 3, "PARTNER");
		create(admin, daNang, gyeongbuk, "INBOUND", "2021", 9, "INTERNAL");
		// the roll-up of today's Thái Nguyên: a merged province (old Bắc Kạn), and a university seated
		// there named as the Vietnamese party (counted from the table, not the tally)
		long bacKan = admin.localityId("VN-63-06");
		long fromBacKan = create(admin, bacKan, gyeongbuk, "INBOUND", "2016", 4, "INTERNAL");
		create(admin, bacKan, busan, "OUTBOUND", "2016", null, "PUBLIC");
		long school = Api.id(admin.post("/api/v1/organisations", """
				{"type": "UNIVERSITY", "names": {"vi": "Trường kiểm đếm %s"}, "country": "VN", "localityId": %d}"""
			.formatted(UUID.randomUUID(), thaiNguyen)).andExpect(status().isCreated()));
		admin.post("/api/v1/delegations", """
				{"title": "Đoàn trường %s", "direction": "INBOUND", "status": "HELD", "vnOrganisationId": %d,
				 "foreignLocalityId": %d, "startOn": "2016", "size": 2, "visibility": "INTERNAL"}"""
			.formatted(UUID.randomUUID(), school, gyeongbuk)).andExpect(status().isCreated());

		// an update moves the delegation to another partner, province, year, size and visibility
		String read = Api.read(admin.get("/api/v1/delegations/{id}", first), "$.title");
		admin.put("/api/v1/delegations/{id}", body(read, daNang, busan, "OUTBOUND", "2020", 11, "PUBLIC"), first)
			.andExpect(status().isOk());
		admin.put("/api/v1/delegations/{id}", body("Đoàn đổi " + UUID.randomUUID(), thaiNguyen, gyeongbuk, "INBOUND",
				"2017", null, "INTERNAL"), second).andExpect(status().isOk());
		admin.delete("/api/v1/delegations/{id}?version=0", third).andExpect(status().isNoContent());
		// out of the roll-up: from old Bắc Kạn to Đà Nẵng, then back
		admin.put("/api/v1/delegations/{id}", body("Đoàn rời " + UUID.randomUUID(), daNang, gyeongbuk, "INBOUND",
				"2016", 4, "PUBLIC"), fromBacKan).andExpect(status().isOk());
		assertEqualToAFreshCount(thaiNguyen);
		admin.put("/api/v1/delegations/{id}", body("Đoàn về " + UUID.randomUUID(), bacKan, busan, "INBOUND",
				"2015", 5, "INTERNAL"), fromBacKan).andExpect(status().isOk());

		assertEqualToAFreshCount(thaiNguyen);
		Access.asSystem(() -> {
			delegations.recountStatistics();
			return null;
		});
		assertEqualToAFreshCount(thaiNguyen);
	}

	private void assertEqualToAFreshCount(long province) {
		List<Actor> readers = List.of(Actor.SYSTEM, new Actor("partner", Role.PARTNER, null, null),
				new Actor("officer", Role.PROVINCE_OFFICER, province, null));
		for (Actor reader : readers) {
			String readable = reader.role() == Role.ADMIN ? "1 = 1"
					: reader.provinceId() == null ? "visibility in ('PUBLIC', 'PARTNER')"
							: "(visibility in ('PUBLIC', 'PARTNER') or owner_province_id = " + reader.provinceId() + ")";
			for (StatsGrouping grouping : StatsGrouping.values()) {
				List<List<Object>> kept = Access.as(reader, () -> delegations.stats(DelegationQuery.all(), grouping))
					.stream()
					.map(row -> List.<Object>of(String.valueOf(row.key()), row.delegations(), row.persons(),
							row.personsKnown()))
					.sorted(Comparator.comparing(Object::toString))
					.toList();
				assertThat(kept).as("%s by %s", reader.role(), grouping).isEqualTo(freshCount(grouping, readable));
				assertThat(kept).as("%s by %s", reader.role(), grouping).isNotEmpty();
				List<List<Object>> rolledUp = Access
					.as(reader, () -> delegations.stats(DelegationQuery.ofLocality(province), grouping))
					.stream()
					.map(row -> List.<Object>of(String.valueOf(row.key()), row.delegations(), row.persons(),
							row.personsKnown()))
					.sorted(Comparator.comparing(Object::toString))
					.toList();
				assertThat(rolledUp).as("%s by %s, roll-up", reader.role(), grouping)
					.isEqualTo(freshCount(grouping, readable + " and (" + involving(province) + ")"))
					.isNotEmpty();
			}
			for (Long keptBy : Arrays.asList(null, province)) {
				List<String> kept = Access.as(reader, () -> delegations.perYearAndDirection(keptBy))
					.stream()
					.map(row -> row.key() + " " + row.delegations())
					.sorted()
					.toList();
				assertThat(kept).as("%s by year and direction, kept by %s", reader.role(), keptBy)
					.isEqualTo(freshCountByYearAndDirection(
							keptBy == null ? readable : readable + " and owner_province_id = " + keptBy))
					.isNotEmpty();
			}
		}
		assertThat(jdbc.queryForObject("select count(*) from delegation_tally where vn_top in ("
				+ ids(localities.topLevelCoverage(province).orElseThrow()) + ")", Long.class))
			.as("the roll-up is read from the counts kept by the writes")
			.isPositive();
	}

	/** The delegations whose Vietnamese party is in the locality's history, or seated there: the list's filter. */
	private String involving(long locality) {
		String covered = ids(localities.coverage(locality, null, null));
		return "vn_locality_id in (" + covered + ") or vn_organisation_id in (select id from organisation "
				+ "where locality_id in (" + covered + "))";
	}

	private static String ids(java.util.Set<Long> ids) {
		return String.join(", ", ids.stream().map(String::valueOf).toList());
	}

	/** The same groups counted over the delegation table, keys printed as the statistics' keys are. */
	private List<List<Object>> freshCount(StatsGrouping grouping, String readable) {
		List<List<Object>> rows = new ArrayList<>();
		jdbc.query("select k, count(*), coalesce(sum(size), 0), count(size) from (select "
				+ KEY_COLUMNS.replace(":grouping", "'" + grouping.name() + "'") + " as k, size from delegation where "
				+ readable + ") d group by k", rs -> {
					rows.add(List.of(String.valueOf(keyOf(grouping, rs.getString(1))), rs.getLong(2), rs.getLong(3),
							rs.getLong(4)));
				});
		rows.sort(Comparator.comparing(Object::toString));
		return rows;
	}

	/** Delegations per year key and direction counted over the table, printed as the kept rows are. */
	private List<String> freshCountByYearAndDirection(String readable) {
		List<String> rows = new ArrayList<>();
		jdbc.query("select k, direction, count(*) from (select " + KEY_COLUMNS.replace(":grouping", "'YEAR'")
				+ " as k, direction from delegation where " + readable + ") d group by k, direction",
				rs -> {
					rows.add(Arrays.asList(rs.getString(1).isEmpty() ? null : rs.getString(1), rs.getString(2)) + " "
							+ rs.getLong(3));
				});
		rows.sort(Comparator.naturalOrder());
		return rows;
	}

	private static List<Object> keyOf(StatsGrouping grouping, String key) {
		if (grouping == StatsGrouping.PARTNER) {
			return Arrays.stream(key.split("/", -1)).map(id -> id.isEmpty() ? null : (Object) Long.valueOf(id)).toList();
		}
		return Collections.singletonList(key.isEmpty() ? null : key);
	}

	private static long create(Api as, long vnLocality, long partner, String direction, String start, Integer size,
			String visibility) throws Exception {
		return Api.id(as.post("/api/v1/delegations",
				body("Đoàn kiểm đếm " + UUID.randomUUID(), vnLocality, partner, direction, start, size, visibility))
			.andExpect(status().isCreated()));
	}

	private static String body(String title, long vnLocality, long partner, String direction, String start,
			Integer size, String visibility) {
		return """
				{"title": "%s", "direction": "%s", "status": "HELD", "vnLocalityId": %d, "foreignLocalityId": %d,
				 "startOn": %s, "size": %s, "visibility": "%s"}"""
			.formatted(title, direction, vnLocality, partner, start == null ? "null" : "\"" + start + "\"", size,
					visibility);
	}

}
