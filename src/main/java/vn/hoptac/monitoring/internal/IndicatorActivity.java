package vn.hoptac.monitoring.internal;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.hoptac.monitoring.CooperationPlan;
import vn.hoptac.monitoring.Indicator;
import vn.hoptac.monitoring.IndicatorService;
import vn.hoptac.monitoring.IndicatorUpdate;
import vn.hoptac.monitoring.ResultsFramework;
import vn.hoptac.monitoring.UpdateStatus;
import vn.hoptac.shared.Access;
import vn.hoptac.shared.ActivityKind;
import vn.hoptac.shared.LatestPerPartnership;
import vn.hoptac.shared.PartnershipActivitySource;
import vn.hoptac.shared.PartnershipSignal;

/**
 * The latest approved indicator update of each partnership: of a framework attached to the
 * partnership or to one of its plans, among the updates the reader may read. The signal names the
 * indicator, and counts the partnership's indicators with an approved update.
 */
@Component
@Transactional(readOnly = true)
class IndicatorActivity implements PartnershipActivitySource {

	private final EntityManager entityManager;

	IndicatorActivity(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	@Override
	public List<PartnershipSignal> signalsOf(Collection<Long> partnershipIds, LocalDate today) {
		return LatestPerPartnership.inChunks(partnershipIds, ids -> chunk(ids, today));
	}

	private List<PartnershipSignal> chunk(List<Long> ids, LocalDate today) {
		CriteriaBuilder cb = entityManager.getCriteriaBuilder();
		CriteriaQuery<Tuple> query = cb.createTupleQuery();
		Root<IndicatorUpdate> update = query.from(IndicatorUpdate.class);
		Root<Indicator> indicator = query.from(Indicator.class);
		Root<ResultsFramework> framework = query.from(ResultsFramework.class);
		Subquery<Long> planPartnership = query.subquery(Long.class);
		Root<CooperationPlan> plan = planPartnership.from(CooperationPlan.class);
		planPartnership.select(plan.get("partnershipId")).where(cb.equal(plan.get("id"), framework.get("planId")));
		Expression<Long> partnership = cb.coalesce(framework.<Long>get("partnershipId"), planPartnership);
		List<Predicate> where = new ArrayList<>(List.of(cb.equal(indicator.get("id"), update.get("indicatorId")),
				cb.equal(framework.get("id"), indicator.get("frameworkId")),
				cb.equal(update.get("status"), UpdateStatus.APPROVED), partnership.in(ids)));
		// null when the reader may read everything
		Predicate readable = Access.<IndicatorUpdate>readable().toPredicate(update, query, cb);
		if (readable != null) {
			where.add(readable);
		}
		query.multiselect(partnership, update.get("decidedAt"), indicator.get("id"), indicator.get("title"))
			.where(where.toArray(Predicate[]::new))
			.orderBy(cb.desc(update.get("decidedAt")));
		List<LatestPerPartnership.Row> rows = entityManager.createQuery(query)
			.getResultList()
			.stream()
			.filter(row -> !dateOf(row).isAfter(today))
			.map(row -> new LatestPerPartnership.Row(row.get(0, Long.class), dateOf(row), row.get(2, Long.class),
					row.get(3, String.class), null))
			.toList();
		return LatestPerPartnership.latestOf(rows, ActivityKind.INDICATOR_UPDATE, IndicatorService.ENTITY,
				"/indicators/");
	}

	private static LocalDate dateOf(Tuple row) {
		return row.get(1, java.time.Instant.class).atZone(ZoneOffset.UTC).toLocalDate();
	}

}
