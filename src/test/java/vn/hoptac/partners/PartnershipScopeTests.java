package vn.hoptac.partners;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import vn.hoptac.Api;
import vn.hoptac.ApiTest;
import vn.hoptac.shared.Access;
import vn.hoptac.shared.PartnershipScope;

/**
 * A scope of partnerships (what the activity sources are asked about) names a province's few
 * partnerships by id, which PostgreSQL answers faster than the list's subquery, and is that subquery
 * when they are many: either way the same partnerships as the list finds.
 */
@ApiTest
class PartnershipScopeTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	PartnershipService partnerships;

	@Autowired
	EntityManager entityManager;

	@Test
	void aProvincesFewPartnershipsAreNamedByIdManyByTheListsConditionNoneNationally() throws Exception {
		long thaiNguyen = new Api(mvc).as("admin").localityId("VN-19");
		PartnershipQuery ofThaiNguyen = new PartnershipQuery(null, null, thaiNguyen, null, null, null, null, null, null);
		Set<Long> listed = new HashSet<>(Access.asSystem(() -> partnerships.summaries(ofThaiNguyen, 20_000))
			.stream()
			.map(PartnershipService.Summary::id)
			.toList());
		assertThat(listed).hasSizeGreaterThan(1);

		PartnershipScope few = partnerships.scopeOf(ofThaiNguyen);
		assertThat(few).isInstanceOfSatisfying(PartnershipScope.ById.class, byId -> assertThat(byId.ids()).isEqualTo(listed));

		PartnershipScope many = partnerships.scopeOf(ofThaiNguyen, listed.size() - 1);
		assertThat(many).isNotInstanceOf(PartnershipScope.ById.class);
		assertThat(partnershipsIn(many)).isEqualTo(listed);

		PartnershipQuery nation = new PartnershipQuery(null, null, null, null, null, null, null, null, null);
		assertThat(partnershipsIn(partnerships.scopeOf(nation))).hasSize(count());
	}

	/** The partnerships a scope holds, asked as an activity source asks: a condition on a partnership id. */
	private Set<Long> partnershipsIn(PartnershipScope scope) {
		CriteriaBuilder cb = entityManager.getCriteriaBuilder();
		CriteriaQuery<Long> ids = cb.createQuery(Long.class);
		Root<Partnership> partnership = ids.from(Partnership.class);
		Predicate inScope = scope.contains(partnership.get("id"), ids, cb);
		ids.select(partnership.get("id"));
		if (inScope != null) {
			ids.where(inScope);
		}
		List<Long> found = entityManager.createQuery(ids).getResultList();
		return new HashSet<>(found);
	}

	private int count() {
		return ((Number) entityManager.createQuery("select count(p) from Partnership p").getSingleResult()).intValue();
	}

}
