package vn.hoptac.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.hoptac.Api;
import vn.hoptac.ApiTest;
import vn.hoptac.agreements.Agreement;

/**
 * {@link RecordList#statsBy}: one grouped query with counts, exact sums and how many rows know each
 * summed value, under the reader's access like the list itself. Runs on H2 and, in the build's
 * PostgreSQL execution, on PostgreSQL.
 */
@ApiTest
class GroupStatsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	EntityManager entityManager;

	@Autowired
	JdbcClient jdbc;

	Api api;

	long thaiNguyen;

	long daNang;

	@BeforeEach
	void setUp() throws Exception {
		api = new Api(mvc).as("admin");
		thaiNguyen = api.localityId("VN-19");
		daNang = api.localityId("VN-48");
	}

	/** An internal agreement of Thái Nguyên, with a word of its own in the title. */
	private long internalAgreementOfThaiNguyen(String word) throws Exception {
		return Api.id(new Api(mvc).as("thainguyen")
			.post("/api/v1/agreements", """
					{"title": "Bản ghi nhớ %s", "kind": "MOU", "legalBasis": "INTERNATIONAL_AGREEMENT",
					 "level": "PROVINCE", "signedOn": "2019", "visibility": "INTERNAL",
					 "parties": [{"side": "VN", "localityId": %d}, {"side": "FOREIGN", "localityId": %d}]}"""
				.formatted(word, thaiNguyen, api.localityId("KR-37")))
			.andExpect(status().isCreated()));
	}

	private List<GroupStats.Row> stats(Actor actor, List<Facet> groups, List<String> sums) {
		return Access.as(actor, () -> RecordList.of(Agreement.class, entityManager)
			.guarded()
			.statsBy(groups, sums, Specification.unrestricted()));
	}

	@Test
	void countsAndExactSumsMatchTheTableGroupByGroup() {
		List<GroupStats.Row> rows = stats(Actor.SYSTEM,
				List.of(Facet.value("province", "stewardship.provinceId"), Facet.value("kind", "kind")),
				List.of("version", "partnershipId"));

		Map<List<Object>, long[]> expected = new HashMap<>();
		jdbc.sql("""
				select owner_province_id, kind, count(*), sum(version), count(partnership_id)
				from agreement group by owner_province_id, kind""")
			.query((rs, n) -> expected.put(
					Arrays.asList(rs.getObject(1) == null ? null : rs.getLong(1), rs.getString(2)),
					new long[] { rs.getLong(3), rs.getLong(4), rs.getLong(5) }))
			.list();

		assertThat(rows).hasSize(expected.size());
		for (GroupStats.Row row : rows) {
			List<Object> key = Arrays.asList(row.key(0), row.key(1) == null ? null : row.key(1).toString());
			long[] want = expected.get(key);
			assertThat(want).as("group %s", key).isNotNull();
			assertThat(row.count()).isEqualTo(want[0]);
			assertThat(row.sum("version")).isEqualByComparingTo(BigDecimal.valueOf(want[1]));
			assertThat(row.known("version")).isEqualTo(want[0]);
			assertThat(row.known("partnershipId")).isEqualTo(want[2]);
		}
	}

	@Test
	void aReaderOutsideTheProvinceDoesNotGetItsInternalRowsCounted() throws Exception {
		String word = "xq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
		internalAgreementOfThaiNguyen(word);
		List<Facet> byProvince = List.of(Facet.value("province", "stewardship.provinceId"),
				Facet.value("visibility", "stewardship.visibility"));
		Actor daNangOfficer = new Actor("danang", Role.PROVINCE_OFFICER, daNang, null);
		Actor thaiNguyenOfficer = new Actor("thainguyen", Role.PROVINCE_OFFICER, thaiNguyen, null);

		assertThat(count(stats(Actor.SYSTEM, byProvince, List.of()), thaiNguyen, Visibility.INTERNAL)).isPositive();
		assertThat(count(stats(thaiNguyenOfficer, byProvince, List.of()), thaiNguyen, Visibility.INTERNAL))
			.isEqualTo(count(stats(Actor.SYSTEM, byProvince, List.of()), thaiNguyen, Visibility.INTERNAL));
		List<GroupStats.Row> seenFromDaNang = stats(daNangOfficer, byProvince, List.of());
		assertThat(count(seenFromDaNang, thaiNguyen, Visibility.INTERNAL)).isZero();
		assertThat(seenFromDaNang).allSatisfy(row -> assertThat(
				row.key(1) != Visibility.INTERNAL || Objects.equals(row.key(0), daNang)).isTrue());
		// and the public rows of Thái Nguyên are still counted for Đà Nẵng
		assertThat(count(seenFromDaNang, thaiNguyen, Visibility.PUBLIC))
			.isEqualTo(count(stats(Actor.SYSTEM, byProvince, List.of()), thaiNguyen, Visibility.PUBLIC))
			.isPositive();
	}

	@Test
	void yearsAndDecadesGroupByTheDatesYear() {
		Specification<Agreement> signed = (root, query, cb) -> cb.isNotNull(root.get("signedOn"));
		List<GroupStats.Row> byYear = Access.as(Actor.SYSTEM, () -> RecordList.of(Agreement.class, entityManager)
			.guarded()
			.statsBy(List.of(Facet.year("year", "signedOn")), List.of(), signed));
		List<GroupStats.Row> byDecade = Access.as(Actor.SYSTEM, () -> RecordList.of(Agreement.class, entityManager)
			.guarded()
			.statsBy(List.of(Facet.decade("decade", "signedOn")), List.of(), signed));
		long total = jdbc.sql("select count(*) from agreement where signed_on is not null").query(Long.class).single();

		assertThat(byYear).allSatisfy(row -> assertThat(row.key(0)).isInstanceOf(Integer.class));
		assertThat(byYear.stream().mapToLong(GroupStats.Row::count).sum()).isEqualTo(total);
		assertThat(byDecade.stream().mapToLong(GroupStats.Row::count).sum()).isEqualTo(total);
		// decades fold several years into one row each
		assertThat(byDecade).allSatisfy(row -> assertThat((Integer) row.key(0) % 10).isZero());
		assertThat(byDecade.stream().map(row -> row.key(0)).distinct()).hasSize(byDecade.size());
		assertThat(byDecade.size()).isLessThan(byYear.size());
	}

	private static long count(List<GroupStats.Row> rows, long province, Visibility visibility) {
		return rows.stream()
			.filter(row -> Objects.equals(row.key(0), province) && row.key(1) == visibility)
			.mapToLong(GroupStats.Row::count)
			.sum();
	}

}
