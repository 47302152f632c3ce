package vn.hoptac.monitoring.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;

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
import vn.hoptac.shared.PartnershipScope;
import vn.hoptac.shared.PartnershipSignal;
import vn.hoptac.shared.SignalDepth;

/**
 * The latest approved indicator update of each partnership: of a framework attached to the
 * partnership or to one of its plans, among the updates the reader may read. The signal names the
 * indicator, and counts the partnership's indicators with an approved update; the database groups
 * the updates, so a partnership with years of updates costs one row. The scope (a province's
 * partnerships, or every one) is a condition on the framework's partnership (its own, else its plan's)
 * within that one query.
 */
@Component
@Transactional(readOnly = true)
class IndicatorActivity implements PartnershipActivitySource {

	private final EntityManager entityManager;

	IndicatorActivity(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	@Override
	public List<PartnershipSignal> signalsOf(PartnershipScope scope, LocalDate today, SignalDepth depth) {
		// an update decided on or before today (UTC, as its day is told) is one decided before tomorrow began
		Instant tomorrow = today.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
		return LatestPerPartnership.<Instant>latest(entityManager, ActivityKind.INDICATOR_UPDATE, IndicatorService.ENTITY,
				"/indicators/", depth, at -> at.atZone(ZoneOffset.UTC).toLocalDate(), (query, cb) -> {
					Root<IndicatorUpdate> update = query.from(IndicatorUpdate.class);
					Join<IndicatorUpdate, Indicator> indicator = update.join(Indicator.class);
					indicator.on(cb.equal(indicator.get("id"), update.get("indicatorId")));
					Join<IndicatorUpdate, ResultsFramework> framework = update.join(ResultsFramework.class);
					framework.on(cb.equal(framework.get("id"), indicator.get("frameworkId")));
					Join<IndicatorUpdate, CooperationPlan> plan = update.join(CooperationPlan.class, JoinType.LEFT);
					plan.on(cb.equal(plan.get("id"), framework.get("planId")));
					Expression<Long> partnership = cb.coalesce(framework.<Long>get("partnershipId"),
							plan.<Long>get("partnershipId"));
					Expression<Instant> decided = update.get("decidedAt");
					List<Predicate> where = new ArrayList<>(List.of(cb.equal(update.get("status"), UpdateStatus.APPROVED),
							cb.lessThan(decided, tomorrow)));
					// null when the reader may read everything
					Predicate readable = Access.<IndicatorUpdate>readable().toPredicate(update, query, cb);
					if (readable != null) {
						where.add(readable);
					}
					return new LatestPerPartnership.Columns<>(partnership, decided, indicator.get("id"),
							indicator.get("title"), null, where, scope.contains(partnership, query, cb));
				});
	}

}
