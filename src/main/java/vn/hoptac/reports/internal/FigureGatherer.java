package vn.hoptac.reports.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;

import vn.hoptac.agreements.ActionType;
import vn.hoptac.agreements.Agreement;
import vn.hoptac.conferences.Conference;
import vn.hoptac.delegations.Delegation;
import vn.hoptac.delegations.DelegationDirection;
import vn.hoptac.delegations.DelegationPlan;
import vn.hoptac.delegations.DelegationPlanItem;
import vn.hoptac.delegations.DelegationPlanService;
import vn.hoptac.delegations.DelegationStatus;
import vn.hoptac.delegations.PlanItemStatus;
import vn.hoptac.delegations.PlanKind;
import vn.hoptac.exchanges.Exchange;
import vn.hoptac.exchanges.ExchangeCount;
import vn.hoptac.exchanges.ExchangeDirection;
import vn.hoptac.exchanges.ExchangeMeasure;
import vn.hoptac.exchanges.ExchangeSex;
import vn.hoptac.monitoring.Indicator;
import vn.hoptac.monitoring.Iptt;
import vn.hoptac.monitoring.IpttService;
import vn.hoptac.ngos.Ngo;
import vn.hoptac.ngos.NgoStatus;
import vn.hoptac.partners.Partnership;
import vn.hoptac.reports.ReportFigures;
import vn.hoptac.reports.ReportFigures.Row;
import vn.hoptac.reports.ReportFigures.Section;
import vn.hoptac.reports.ReportFigures.Table;
import vn.hoptac.reports.ReportPeriod;
import vn.hoptac.reviews.HealthState;
import vn.hoptac.reviews.PartnershipHealth;
import vn.hoptac.reviews.PartnershipHealthService;
import vn.hoptac.reviews.PartnershipReview;
import vn.hoptac.shared.GroupStats;

/**
 * A province's figures for a period, asked of each module's records: what the province keeps and
 * the reader may read. Money comes from {@link ProjectMoney}.
 */
@Component
public class FigureGatherer {

	static final String COUNT = "count";

	private final RecordCounter counter;

	private final PartnershipHealthService health;

	private final DelegationPlanService plans;

	private final IpttService iptt;

	private final ProjectMoney money;

	FigureGatherer(RecordCounter counter, PartnershipHealthService health, DelegationPlanService plans,
			IpttService iptt, ProjectMoney money) {
		this.counter = counter;
		this.health = health;
		this.plans = plans;
		this.iptt = iptt;
		this.money = money;
	}

	public ReportFigures gather(long province, ReportPeriod period) {
		List<Section> sections = new ArrayList<>();
		sections.add(new Section("partnerships", List.of(partnerships(province, period))));
		sections.add(new Section("delegations", List.of(delegations(province, period))));
		sections.add(new Section("conferences", List.of(conferences(province, period))));
		ProjectMoney.Tables projects = money.tables(province, period);
		sections.add(new Section("ngos", List.of(ngos(province, projects))));
		sections.add(new Section("projects", projects.tables()));
		sections.add(new Section("exchanges", List.of(exchanges(province, period))));
		sections.add(new Section("monitoring", List.of(monitoring(province, period))));
		return new ReportFigures(sections);
	}

	private Table partnerships(long province, ReportPeriod period) {
		LocalDate from = period.from();
		LocalDate to = period.to();
		Map<HealthState, Long> states = new EnumMap<>(HealthState.class);
		for (PartnershipHealth h : health.ofProvince(province)) {
			if (province == (h.provinceId() == null ? -1 : h.provinceId())) {
				states.merge(h.state(), 1L, Long::sum);
			}
		}
		return new Table("partnerships", List.of(COUNT), List.of(
				Row.of("partnershipsNew",
						counter.count(Partnership.class, RecordCounter.keptWithin(province, "establishedOn", from, to))),
				Row.of("agreementsNew",
						counter.count(Agreement.class, RecordCounter.keptWithin(province, "signedOn", from, to))),
				Row.of("agreementsRenewed",
						counter.count(Agreement.class, RecordCounter.<Agreement>keptBy(province)
							.and(actedWithin(List.of(ActionType.EXTENDED, ActionType.AMENDED), from, to)))),
				Row.of("agreementsExpiring",
						counter.count(Agreement.class, RecordCounter.keptWithin(province, "expiresOn", from, to))),
				Row.of("partnershipsActive", states.getOrDefault(HealthState.ACTIVE, 0L)),
				Row.of("partnershipsDormant", states.getOrDefault(HealthState.DORMANT, 0L)
						+ states.getOrDefault(HealthState.STUCK_AT_LETTER_OF_INTENT, 0L))));
	}

	/** The agreement has an action of one of the types dated within the period (extended, amended). */
	private static Specification<Agreement> actedWithin(List<ActionType> types, LocalDate from, LocalDate to) {
		return (root, query, cb) -> {
			Subquery<Long> acted = query.subquery(Long.class);
			Root<Agreement> same = acted.correlate(root);
			Join<Agreement, ?> action = same.join("actions");
			acted.select(cb.literal(1L))
				.where(action.get("type").in(types), cb.between(action.get("date"), from, to));
			return cb.exists(acted);
		};
	}

	/**
	 * Delegations by direction: items of the year's plan (the annual one, else the half-year ones)
	 * planned within the period, those of them held, delegations held and how many of them were
	 * not planned, and their persons.
	 */
	private Table delegations(long province, ReportPeriod period) {
		List<DelegationPlanItem> items = plannedItems(province, period);
		List<Row> rows = new ArrayList<>();
		for (DelegationDirection direction : List.of(DelegationDirection.OUTBOUND, DelegationDirection.INBOUND)) {
			Specification<Delegation> held = RecordCounter.<Delegation>keptBy(province).and(held(direction, period));
			GroupStats.Row heldStats = counter.stats(Delegation.class, List.of("size"), held);
			long unplanned = counter.count(Delegation.class,
					held.and((root, query, cb) -> cb.isNull(root.get("planItemId"))));
			List<DelegationPlanItem> planned = items.stream().filter(i -> i.getDirection() == direction).toList();
			rows.add(Row.of("enum.DelegationDirection." + direction.name(), planned.size(),
					planned.stream().filter(i -> i.getStatus() == PlanItemStatus.HELD).count(), heldStats.count(),
					unplanned, heldStats.sum("size")));
		}
		return new Table("delegations", List.of("planned", "plannedHeld", "held", "unplanned", "persons"), rows);
	}

	/** Delegations in the direction held within the period, whoever keeps them. */
	static Specification<Delegation> held(DelegationDirection direction, ReportPeriod period) {
		return RecordCounter.<Delegation>within("startOn", period.from(), period.to())
			.and((root, query, cb) -> cb.and(cb.equal(root.get("direction"), direction),
					cb.equal(root.get("status"), DelegationStatus.HELD)));
	}

	private List<DelegationPlanItem> plannedItems(long province, ReportPeriod period) {
		List<DelegationPlan> ofYear = plans.search(null, province, period.year(), PageRequest.of(0, 50))
			.getContent()
			.stream()
			.filter(p -> p.getStewardship().provinceId() == province)
			.toList();
		List<DelegationPlan> annual = ofYear.stream().filter(p -> p.getKind() == PlanKind.ANNUAL).toList();
		List<DelegationPlan> chosen = annual.isEmpty()
				? ofYear.stream().filter(p -> p.getKind() == PlanKind.SEMIANNUAL).toList() : annual;
		return chosen.stream()
			.flatMap(p -> p.getItems().stream())
			.filter(i -> i.getPlannedOn() == null ? period.half() == 0 : period.contains(i.getPlannedOn()))
			.toList();
	}

	private Table conferences(long province, ReportPeriod period) {
		GroupStats.Row held = counter.stats(Conference.class, List.of("participants", "foreignParticipants"),
				RecordCounter.keptWithin(province, "startOn", period.from(), period.to()));
		return new Table("conferences", List.of(COUNT),
				List.of(Row.of("conferencesHeld", held.count()), Row.of("participants", held.sum("participants")),
						Row.of("foreignParticipants", held.sum("foreignParticipants"))));
	}

	private Table ngos(long province, ProjectMoney.Tables projects) {
		Specification<Ngo> kept = RecordCounter.keptBy(province);
		long active = counter.count(Ngo.class, kept.and((root, query, cb) -> cb.equal(root.get("status"), NgoStatus.ACTIVE)));
		return new Table("ngos", List.of(COUNT),
				List.of(Row.of("ngosActive", active), Row.of("ngoAidProjects", projects.ngoAid().projects()),
						Row.of("ngoAidCommittedVnd", projects.ngoAid().committedVnd()),
						Row.of("ngoAidDisbursedVnd", projects.ngoAid().disbursedVnd())));
	}

	/**
	 * Exchanges that started within the period and their persons by direction (counts of the
	 * report's year, or of the whole exchange when the source does not split them by year).
	 */
	private Table exchanges(long province, ReportPeriod period) {
		List<Exchange> started = counter.all(Exchange.class,
				RecordCounter.keptWithin(province, "startOn", period.from(), period.to()));
		List<Row> rows = new ArrayList<>();
		for (ExchangeDirection direction : ExchangeDirection.values()) {
			long exchanges = started.stream()
				.filter(e -> e.getCounts().stream().anyMatch(c -> c.direction() == direction))
				.count();
			long persons = started.stream().mapToLong(e -> participants(e, direction, period.year())).sum();
			rows.add(Row.of("enum.ExchangeDirection." + direction.name(), exchanges, persons));
		}
		return new Table("exchanges", List.of("exchanges", "persons"), rows);
	}

	/**
	 * Those who took part in the exchange in one direction, counted for the year (or for the whole
	 * exchange when not split by year; null: every year): the "all" count where the source gives one,
	 * else the sexes'.
	 */
	static long participants(Exchange exchange, ExchangeDirection direction, Integer year) {
		List<ExchangeCount> counts = exchange.getCounts()
			.stream()
			.filter(c -> c.direction() == direction && c.measure() != ExchangeMeasure.COMPLETED
					&& (c.year() == null || year == null || c.year().equals(year)) && c.count() != null)
			.toList();
		List<ExchangeCount> all = counts.stream().filter(c -> c.sex() == null || c.sex() == ExchangeSex.ALL).toList();
		return (all.isEmpty() ? counts : all).stream().mapToLong(ExchangeCount::count).sum();
	}

	/**
	 * The results frameworks the province keeps: indicators, those with an actual value for a
	 * period ending within the report's, those at or above its target; reviews of the period.
	 */
	private Table monitoring(long province, ReportPeriod period) {
		List<Long> frameworks = counter.all(Indicator.class, RecordCounter.keptBy(province))
			.stream()
			.map(Indicator::getFrameworkId)
			.distinct()
			.toList();
		long indicators = 0;
		long reported = 0;
		long onTarget = 0;
		for (Long framework : frameworks) {
			for (Iptt.ResultRows result : iptt.of(framework).results()) {
				for (Iptt.IndicatorRows indicator : result.indicators()) {
					indicators++;
					List<Iptt.PeriodRow> within = indicator.periods()
						.stream()
						.filter(p -> p.end() != null && period.contains(p.end().lastDay()) && p.actual() != null
								&& !p.actual().isEmpty())
						.toList();
					if (!within.isEmpty()) {
						reported++;
						if (within.stream()
							.anyMatch(p -> p.percentOfTarget() != null
									&& p.percentOfTarget().compareTo(BigDecimal.valueOf(100)) >= 0)) {
							onTarget++;
						}
					}
				}
			}
		}
		Specification<PartnershipReview> reviews = RecordCounter.<PartnershipReview>keptBy(province)
			.and((root, query, cb) -> period.half() == 0 ? cb.equal(root.get("periodYear"), period.year())
					: cb.and(cb.equal(root.get("periodYear"), period.year()),
							cb.equal(root.get("periodHalf"), period.half())));
		return new Table("monitoring", List.of(COUNT),
				List.of(Row.of("frameworks", frameworks.size()), Row.of("indicators", indicators),
						Row.of("indicatorsReported", reported), Row.of("indicatorsOnTarget", onTarget),
						Row.of("reviewsDone", counter.count(PartnershipReview.class, reviews))));
	}

}
