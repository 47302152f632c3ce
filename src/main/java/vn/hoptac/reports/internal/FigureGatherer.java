package vn.hoptac.reports.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

import vn.hoptac.agreements.AgreementCounts;
import vn.hoptac.conferences.ConferenceCounts;
import vn.hoptac.delegations.DelegationCounts;
import vn.hoptac.delegations.DelegationDirection;
import vn.hoptac.delegations.DelegationPlan;
import vn.hoptac.delegations.DelegationPlanItem;
import vn.hoptac.delegations.DelegationPlanService;
import vn.hoptac.delegations.PlanItemStatus;
import vn.hoptac.delegations.PlanKind;
import vn.hoptac.exchanges.ExchangeDirection;
import vn.hoptac.exchanges.ExchangeTotals;
import vn.hoptac.monitoring.IndicatorProgress;
import vn.hoptac.ngos.NgoCounts;
import vn.hoptac.partners.PartnershipCounts;
import vn.hoptac.reports.ReportFigures;
import vn.hoptac.reports.ReportFigures.Row;
import vn.hoptac.reports.ReportFigures.Section;
import vn.hoptac.reports.ReportFigures.Table;
import vn.hoptac.reports.ReportPeriod;
import vn.hoptac.reviews.HealthState;
import vn.hoptac.reviews.PartnershipHealth;
import vn.hoptac.reviews.PartnershipHealthService;
import vn.hoptac.reviews.ReviewCounts;

/**
 * A province's figures for a period, asked of each module's typed queries (summed by the database)
 * over what the province and the provinces merged into it keep ({@link ProvinceRollUp}). Money
 * comes from {@link ProjectMoney}.
 */
@Component
public class FigureGatherer {

	static final String COUNT = "count";

	private final PartnershipHealthService health;

	private final DelegationPlanService plans;

	private final PartnershipCounts partnerships;

	private final AgreementCounts agreements;

	private final DelegationCounts delegations;

	private final ConferenceCounts conferences;

	private final NgoCounts ngos;

	private final ExchangeTotals exchanges;

	private final IndicatorProgress indicators;

	private final ReviewCounts reviews;

	private final ProjectMoney money;

	private final ProvinceRollUp rollUp;

	FigureGatherer(PartnershipCounts partnerships, AgreementCounts agreements, DelegationCounts delegations,
			ConferenceCounts conferences, NgoCounts ngos, ExchangeTotals exchanges, IndicatorProgress indicators,
			ReviewCounts reviews, PartnershipHealthService health, DelegationPlanService plans, ProjectMoney money,
			ProvinceRollUp rollUp) {
		this.partnerships = partnerships;
		this.agreements = agreements;
		this.delegations = delegations;
		this.conferences = conferences;
		this.ngos = ngos;
		this.exchanges = exchanges;
		this.indicators = indicators;
		this.reviews = reviews;
		this.health = health;
		this.plans = plans;
		this.money = money;
		this.rollUp = rollUp;
	}

	/** The figures of the current province: its records and those of the provinces merged into it. */
	public ReportFigures gather(long currentProvince, ReportPeriod period) {
		Set<Long> keepers = rollUp.keepers(currentProvince);
		List<Section> sections = new ArrayList<>();
		sections.add(new Section("partnerships", List.of(partnerships(currentProvince, keepers, period))));
		sections.add(new Section("delegations", List.of(delegations(currentProvince, keepers, period))));
		sections.add(new Section("conferences", List.of(conferences(keepers, period))));
		ProjectMoney.Tables projects = money.tables(keepers, period);
		sections.add(new Section("ngos", List.of(ngos(keepers, projects))));
		sections.add(new Section("projects", projects.tables()));
		sections.add(new Section("exchanges", List.of(exchanges(keepers, period))));
		sections.add(new Section("monitoring", List.of(monitoring(keepers, period))));
		return new ReportFigures(sections);
	}

	private Table partnerships(long currentProvince, Set<Long> keepers, ReportPeriod period) {
		LocalDate from = period.from();
		LocalDate to = period.to();
		Map<HealthState, Long> states = new EnumMap<>(HealthState.class);
		for (PartnershipHealth h : health.ofProvince(currentProvince)) {
			if (keepers.contains(h.provinceId())) {
				states.merge(h.state(), 1L, Long::sum);
			}
		}
		List<Row> rows = new ArrayList<>();
		rows.add(Row.of("partnershipsNew", total(partnerships.established(keepers, from, to))));
		if (period.half() != 0) {
			// established in the year, but the sources give no month: in neither half, and said so
			rows.add(Row.of("partnershipsNewYearOnly",
					total(partnerships.establishedInYearOnly(keepers, period.year()))));
		}
		rows.addAll(List.of(Row.of("agreementsNew", total(agreements.signed(keepers, from, to))),
				Row.of("agreementsRenewed", total(agreements.renewed(keepers, from, to))),
				Row.of("agreementsExpiring", total(agreements.expiring(keepers, from, to))),
				Row.of("partnershipsActive", states.getOrDefault(HealthState.ACTIVE, 0L)),
				Row.of("partnershipsDormant", states.getOrDefault(HealthState.DORMANT, 0L)
						+ states.getOrDefault(HealthState.STUCK_AT_LETTER_OF_INTENT, 0L))));
		return new Table("partnerships", List.of(COUNT), rows);
	}

	/** The provinces' counts together (a current province and those merged into it). */
	private static long total(Map<Long, Long> byProvince) {
		return byProvince.values().stream().mapToLong(Long::longValue).sum();
	}

	/**
	 * Delegations by direction: items of the year's plan (the annual one, else the half-year ones)
	 * planned within the period, those of them held, delegations held and how many of them were
	 * not planned, and their persons.
	 */
	private Table delegations(long currentProvince, Set<Long> keepers, ReportPeriod period) {
		List<DelegationPlanItem> items = plannedItems(currentProvince, keepers, period);
		Map<DelegationDirection, DelegationCounts.Held> held = new EnumMap<>(DelegationDirection.class);
		delegations.held(keepers, period.from(), period.to())
			.values()
			.forEach(byDirection -> byDirection.forEach((direction, h) -> held.merge(direction, h, DelegationCounts.Held::plus)));
		List<Row> rows = new ArrayList<>();
		for (DelegationDirection direction : List.of(DelegationDirection.OUTBOUND, DelegationDirection.INBOUND)) {
			DelegationCounts.Held heldOf = held.getOrDefault(direction, DelegationCounts.Held.NONE);
			List<DelegationPlanItem> planned = items.stream().filter(i -> i.getDirection() == direction).toList();
			rows.add(Row.of("enum.DelegationDirection." + direction.name(), planned.size(),
					planned.stream().filter(i -> i.getStatus() == PlanItemStatus.HELD).count(), heldOf.delegations(),
					heldOf.unplanned(), heldOf.persons()));
		}
		return new Table("delegations", List.of("planned", "plannedHeld", "held", "unplanned", "persons"), rows);
	}

	private List<DelegationPlanItem> plannedItems(long currentProvince, Set<Long> keepers, ReportPeriod period) {
		List<DelegationPlan> ofYear = plans.search(null, currentProvince, period.year(), PageRequest.of(0, 50))
			.getContent()
			.stream()
			.filter(p -> keepers.contains(p.getStewardship().provinceId()))
			.toList();
		List<DelegationPlan> annual = ofYear.stream().filter(p -> p.getKind() == PlanKind.ANNUAL).toList();
		List<DelegationPlan> chosen = annual.isEmpty()
				? ofYear.stream().filter(p -> p.getKind() == PlanKind.SEMIANNUAL).toList() : annual;
		return chosen.stream()
			.flatMap(p -> p.getItems().stream())
			.filter(i -> i.getPlannedOn() == null ? period.half() == 0 : period.contains(i.getPlannedOn()))
			.toList();
	}

	private Table conferences(Set<Long> keepers, ReportPeriod period) {
		ConferenceCounts.Held held = conferences.held(keepers, period.from(), period.to())
			.values()
			.stream()
			.reduce(ConferenceCounts.Held.NONE, ConferenceCounts.Held::plus);
		return new Table("conferences", List.of(COUNT),
				List.of(Row.of("conferencesHeld", held.conferences()), Row.of("participants", held.participants()),
						Row.of("foreignParticipants", held.foreignParticipants())));
	}

	private Table ngos(Set<Long> keepers, ProjectMoney.Tables projects) {
		return new Table("ngos", List.of(COUNT),
				List.of(Row.of("ngosActive", total(ngos.active(keepers))),
						Row.of("ngoAidProjects", projects.ngoAid().projects()),
						Row.of("ngoAidCommittedVnd", projects.ngoAid().committedVnd()),
						Row.of("ngoAidDisbursedVnd", projects.ngoAid().disbursedVnd())));
	}

	/**
	 * Exchanges that started within the period and their persons by direction (counts of the
	 * report's year, or of the whole exchange when the source does not split them by year).
	 */
	private Table exchanges(Set<Long> keepers, ReportPeriod period) {
		Map<ExchangeDirection, ExchangeTotals.Line> byDirection = new EnumMap<>(ExchangeDirection.class);
		exchanges.byDirection(keepers, period.from(), period.to(), period.year())
			.forEach(l -> byDirection.put(l.direction(), l));
		List<Row> rows = new ArrayList<>();
		for (ExchangeDirection direction : ExchangeDirection.values()) {
			ExchangeTotals.Line line = byDirection.getOrDefault(direction, new ExchangeTotals.Line(direction, 0, 0));
			rows.add(Row.of("enum.ExchangeDirection." + direction.name(), line.exchanges(), line.persons()));
		}
		return new Table("exchanges", List.of("exchanges", "persons"), rows);
	}

	/**
	 * The results frameworks the province keeps: indicators, those with an actual value for a
	 * period ending within the report's, those at or above its target; reviews of the period.
	 */
	private Table monitoring(Set<Long> keepers, ReportPeriod period) {
		IndicatorProgress.Totals progress = indicators.of(keepers, period.from(), period.to());
		return new Table("monitoring", List.of(COUNT),
				List.of(Row.of("frameworks", progress.frameworks()), Row.of("indicators", progress.indicators()),
						Row.of("indicatorsReported", progress.reported()),
						Row.of("indicatorsOnTarget", progress.onTarget()),
						Row.of("reviewsDone", total(reviews.done(keepers, period.year(), period.half())))));
	}

}
