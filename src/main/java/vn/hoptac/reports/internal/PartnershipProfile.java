package vn.hoptac.reports.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;

import vn.hoptac.agreements.Agreement;
import vn.hoptac.agreements.AgreementQuery;
import vn.hoptac.agreements.AgreementService;
import vn.hoptac.delegations.DelegationQuery;
import vn.hoptac.delegations.DelegationService;
import vn.hoptac.events.EventQuery;
import vn.hoptac.events.EventService;
import vn.hoptac.exchanges.Exchange;
import vn.hoptac.exchanges.ExchangeQuery;
import vn.hoptac.exchanges.ExchangeService;
import vn.hoptac.exchanges.ExchangeTotals;
import vn.hoptac.forums.ForumQuery;
import vn.hoptac.forums.ForumService;
import vn.hoptac.monitoring.FrameworkQuery;
import vn.hoptac.monitoring.FrameworkService;
import vn.hoptac.monitoring.Iptt;
import vn.hoptac.monitoring.IpttService;
import vn.hoptac.partners.Partnership;
import vn.hoptac.projects.Project;
import vn.hoptac.projects.ProjectMoneySums;
import vn.hoptac.projects.ProjectQuery;
import vn.hoptac.projects.ProjectService;
import vn.hoptac.reports.ReportFigures;
import vn.hoptac.reports.ReportFigures.Row;
import vn.hoptac.reports.ReportFigures.Section;
import vn.hoptac.reports.ReportFigures.Table;
import vn.hoptac.reviews.PartnershipHealthService;
import vn.hoptac.reviews.PartnershipReview;
import vn.hoptac.reviews.ReviewQuery;
import vn.hoptac.reviews.ReviewService;
import vn.hoptac.shared.DatePrecision;
import vn.hoptac.shared.DatePrecision.PartialDate;

/**
 * A partnership's profile: its timeline (the dated records of the partnership — its milestones,
 * agreements, delegations, events, exchanges, projects, forums and reviews — in date order, each
 * date as precise as its source), its agreements, its projects' money by modality, its exchanges,
 * the indicators of its results frameworks, and its health. Records are those the reader may read.
 */
@Component
public class PartnershipProfile {

	private static final Pageable MANY = PageRequest.of(0, 500);

	private final AgreementService agreements;

	private final DelegationService delegations;

	private final EventService events;

	private final ExchangeService exchanges;

	private final ProjectService projects;

	private final ForumService forums;

	private final ReviewService reviews;

	private final FrameworkService frameworks;

	private final IpttService iptt;

	private final PartnershipHealthService health;

	private final ProjectMoneySums money;

	private final ExchangeTotals exchangeTotals;

	PartnershipProfile(AgreementService agreements, DelegationService delegations, EventService events,
			ExchangeService exchanges, ProjectService projects, ForumService forums, ReviewService reviews,
			FrameworkService frameworks, IpttService iptt, PartnershipHealthService health, ProjectMoneySums money,
			ExchangeTotals exchangeTotals) {
		this.agreements = agreements;
		this.delegations = delegations;
		this.events = events;
		this.exchanges = exchanges;
		this.projects = projects;
		this.forums = forums;
		this.reviews = reviews;
		this.frameworks = frameworks;
		this.iptt = iptt;
		this.health = health;
		this.money = money;
		this.exchangeTotals = exchangeTotals;
	}

	/** One dated line of the timeline: what kind of record, when, and its title. */
	record Dated(PartialDate date, String kind, String title) {
	}

	public ReportFigures gather(Partnership partnership) {
		long id = partnership.getId();
		List<Agreement> signed = agreements
			.search(new AgreementQuery(null, null, null, id, null, null, null, null, null, null, null), MANY)
			.getContent();
		List<Exchange> exchanged = exchanges
			.search(new ExchangeQuery(null, null, null, id, null, null, null, null, null), MANY)
			.getContent();
		List<PartnershipReview> reviewed = reviews.search(new ReviewQuery(null, id, null, null, null), MANY)
			.getContent();
		List<Dated> timeline = new ArrayList<>();
		partnership.getMilestones()
			.forEach(m -> timeline.add(new Dated(PartialDate.of(m.date(), m.datePrecision()), "milestone", m.title())));
		signed.forEach(a -> timeline.add(dated("agreement", a.getSignedOn(), a.getSignedPrecision(), a.getTitle())));
		delegations.search(new DelegationQuery(null, null, null, id, null, null, null, null, null, null, null), MANY)
			.forEach(d -> timeline.add(dated("delegation", d.getStartOn(), d.getStartPrecision(), d.getTitle())));
		events.search(new EventQuery(null, null, null, id, null, null, null, null), MANY)
			.forEach(e -> timeline.add(dated("event", e.getStartOn(), e.getStartPrecision(), e.getTitle())));
		exchanged.forEach(e -> timeline.add(dated("exchange", e.getStartOn(), e.getStartPrecision(), e.getTitle())));
		projects.search(new ProjectQuery(null, null, null, null, null, null, null, id, null, null, null, null), MANY)
			.forEach(p -> timeline.add(started(p)));
		forums.search(new ForumQuery(null, null, id, null, null, null, null), MANY)
			.forEach(f -> timeline.add(dated("forum", f.getHeldOn(), f.getHeldPrecision(), f.getTitle())));
		reviewed.forEach(r -> timeline.add(r.getReviewedOn() != null
				? dated("review", r.getReviewedOn(), DatePrecision.DAY, r.getTitle())
				: dated("review", LocalDate.of(r.getPeriodYear(), 1, 1), DatePrecision.YEAR, r.getTitle())));
		return new ReportFigures(List.of(new Section("timeline", List.of(timeline(timeline))),
				new Section("profileAgreements", List.of(agreements(signed))),
				new Section("profileMoney", List.of(money(id))),
				new Section("profileExchanges", List.of(exchanges(exchanged))),
				new Section("profileIndicators", List.of(indicators(id))),
				new Section("profileHealth", List.of(health(id, reviewed.size())))));
	}

	private static Dated dated(String kind, LocalDate date, DatePrecision precision, String title) {
		return new Dated(PartialDate.of(date, precision), kind, title);
	}

	/** A project dates from its actual start, else its planned start. */
	private static Dated started(Project p) {
		return p.getActualStartOn() != null ? dated("project", p.getActualStartOn(), p.getActualStartPrecision(), p.getTitle())
				: dated("project", p.getPlannedStartOn(), p.getPlannedStartPrecision(), p.getTitle());
	}

	/** Dated lines in date order (a year before the months within it); undated records are left out. */
	private static Table timeline(List<Dated> lines) {
		List<Row> rows = lines.stream()
			.filter(d -> d.date() != null)
			.sorted(Comparator.comparing((Dated d) -> d.date().date())
				.thenComparing(d -> d.date().precision().period().ordinal())
				.thenComparing(Dated::kind)
				.thenComparing(Dated::title, Comparator.nullsLast(Comparator.naturalOrder())))
			.map(d -> Row.texts("timeline." + d.kind(), null, List.of(d.date().toString(), text(d.title()))))
			.toList();
		return new Table("timeline", List.of("date", "event"), rows);
	}

	private static Table agreements(List<Agreement> signed) {
		return new Table("profileAgreements", List.of("signedOn", "title"), signed.stream()
			.sorted(Comparator.comparing(Agreement::getSignedOn, Comparator.nullsLast(Comparator.naturalOrder())))
			.map(a -> Row.texts("enum.AgreementKind." + a.getKind().name(), null,
					List.of(text(PartialDate.of(a.getSignedOn(), a.getSignedPrecision())), text(a.getTitle()))))
			.toList());
	}

	private Table money(long partnershipId) {
		return new Table("byModality", ProjectMoney.COLUMNS,
				ProjectMoney.modalityRows(ProjectMoney.merged(money.ofPartnershipByModality(partnershipId),
						ProjectMoneySums.Line::group)));
	}

	/** Each exchange with the persons who took part in it, out and in (every year of it), summed by the database. */
	private Table exchanges(List<Exchange> exchanged) {
		Map<Long, ExchangeTotals.Persons> persons = exchangeTotals
			.personsOf(exchanged.stream().map(Exchange::getId).toList());
		ExchangeTotals.Persons none = new ExchangeTotals.Persons(0, 0, 0);
		return new Table("profileExchanges", List.of("startOn", "title", "outbound", "inbound"), exchanged.stream()
			.sorted(Comparator.comparing(Exchange::getStartOn, Comparator.nullsLast(Comparator.naturalOrder())))
			.map(e -> Row.texts("enum.ExchangeKind." + e.getKind().name(), null,
					List.of(text(PartialDate.of(e.getStartOn(), e.getStartPrecision())), text(e.getTitle())),
					persons.getOrDefault(e.getId(), none).outbound(), persons.getOrDefault(e.getId(), none).inbound()))
			.toList());
	}

	/** The indicators of the partnership's results frameworks: periods with an actual value, the last one's % of target. */
	private Table indicators(long partnershipId) {
		List<Row> rows = new ArrayList<>();
		frameworks.search(new FrameworkQuery(null, null, null, partnershipId, null, null), MANY)
			.forEach(framework -> iptt.of(framework.getId())
				.results()
				.stream()
				.flatMap(result -> result.indicators().stream())
				.forEach(indicator -> {
					List<Iptt.PeriodRow> reported = indicator.periods()
						.stream()
						.filter(p -> p.actual() != null && !p.actual().isEmpty())
						.toList();
					BigDecimal last = reported.isEmpty() ? null : reported.get(reported.size() - 1).percentOfTarget();
					rows.add(Row.texts("indicator", null, List.of(text(indicator.indicator().getTitle())),
							reported.size(), last));
				}));
		return new Table("profileIndicators", List.of("indicator", "periodsReported", "percentOfTarget"), rows);
	}

	private Table health(long partnershipId, int reviewCount) {
		var now = health.of(partnershipId);
		return new Table("profileHealth", List.of("count"),
				List.of(Row.of("enum.HealthState." + now.state().name()), Row.of("reviewsDone", reviewCount)));
	}

	private static <T> String text(T value) {
		return value == null ? "" : value.toString();
	}

}
