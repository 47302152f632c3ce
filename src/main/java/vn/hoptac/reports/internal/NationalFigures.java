package vn.hoptac.reports.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import vn.hoptac.agreements.AgreementCounts;
import vn.hoptac.conferences.ConferenceCounts;
import vn.hoptac.delegations.DelegationCounts;
import vn.hoptac.delegations.DelegationDirection;
import vn.hoptac.geo.Locality;
import vn.hoptac.partners.PartnershipCounts;
import vn.hoptac.reports.ReportFigures;
import vn.hoptac.reports.ReportFigures.Row;
import vn.hoptac.reports.ReportFigures.Section;
import vn.hoptac.reports.ReportFigures.Table;
import vn.hoptac.reports.ReportPeriod;

/**
 * MOFA's consolidated figures for a period: the key figures of every province's report, counted
 * from the records of all provinces at once (grouped by the keeping province) and rolled up through
 * the 2025 reorganisation (a merged province's records count for its successor), beside the
 * figures of the reports the provinces submitted; and the provinces that have submitted none.
 */
@Component
public class NationalFigures {

	/** A key figure: where it sits in a province's report (section, table, row, column). */
	record Figure(String key, String section, String table, String row, int column) {

		BigDecimal in(ReportFigures figures) {
			return figures.sections()
				.stream()
				.filter(s -> s.key().equals(section))
				.flatMap(s -> s.tables().stream())
				.filter(t -> t.key().equals(table))
				.flatMap(t -> t.rows().stream())
				.filter(r -> row.equals(r.key()))
				.map(r -> r.values().size() > column ? r.value(column) : null)
				.findFirst()
				.orElse(null);
		}

	}

	static final List<Figure> FIGURES = List.of(
			new Figure("partnershipsNew", "partnerships", "partnerships", "partnershipsNew", 0),
			new Figure("agreementsNew", "partnerships", "partnerships", "agreementsNew", 0),
			new Figure("delegationsOut", "delegations", "delegations", "enum.DelegationDirection.OUTBOUND", 2),
			new Figure("delegationsIn", "delegations", "delegations", "enum.DelegationDirection.INBOUND", 2),
			new Figure("conferencesHeld", "conferences", "conferences", "conferencesHeld", 0),
			new Figure("projects", "projects", "byModality", "total", 0),
			new Figure("committedVnd", "projects", "byModality", "total", 1),
			new Figure("disbursedVnd", "projects", "byModality", "total", 2));

	/**
	 * Partnerships established in the year that the sources date to the year only: a half-year's
	 * report counts them in neither half and says how many, as a province's does.
	 */
	static final Figure YEAR_ONLY = new Figure("partnershipsNewYearOnly", "partnerships", "partnerships",
			"partnershipsNewYearOnly", 0);

	/** The key figures of a period's report: a half-year's adds those it could not place, beside the new ones. */
	static List<Figure> figures(ReportPeriod period) {
		if (period.half() == 0) {
			return FIGURES;
		}
		List<Figure> figures = new ArrayList<>(FIGURES);
		figures.add(1, YEAR_ONLY);
		return figures;
	}

	private final PartnershipCounts partnerships;

	private final AgreementCounts agreements;

	private final DelegationCounts delegations;

	private final ConferenceCounts conferences;

	private final ProjectMoney money;

	private final ProvinceRollUp rollUps;

	NationalFigures(PartnershipCounts partnerships, AgreementCounts agreements, DelegationCounts delegations,
			ConferenceCounts conferences, ProjectMoney money, ProvinceRollUp rollUps) {
		this.partnerships = partnerships;
		this.agreements = agreements;
		this.delegations = delegations;
		this.conferences = conferences;
		this.money = money;
		this.rollUps = rollUps;
	}

	/**
	 * The national figures for the current provinces, given the figures each (current or merged)
	 * province submitted for the period.
	 */
	public ReportFigures gather(List<Locality> provinces, ReportPeriod period, Map<Long, ReportFigures> submitted) {
		ProvinceRollUp.Into rollUp = rollUps.into(provinces);
		Map<String, Map<Long, BigDecimal>> recorded = recorded(period, rollUp);
		List<Figure> figures = figures(period);
		Map<Long, Map<String, BigDecimal>> reported = new HashMap<>();
		submitted.forEach((province, sent) -> rollUp.apply(province).ifPresent(into -> figures.forEach(f -> {
			BigDecimal value = f.in(sent);
			if (value != null) {
				reported.computeIfAbsent(into, k -> new HashMap<>()).merge(f.key(), value, BigDecimal::add);
			}
		})));
		List<String> keys = figures.stream().map(Figure::key).toList();
		List<Row> summary = new ArrayList<>();
		List<Table> details = new ArrayList<>();
		List<Row> missing = new ArrayList<>();
		for (Locality province : provinces) {
			long id = province.getId();
			summary.add(Row.named(province.getNames(),
					keys.stream().map(k -> recorded.get(k).getOrDefault(id, BigDecimal.ZERO)).toArray(Number[]::new)));
			Map<String, BigDecimal> sent = reported.get(id);
			details.add(new Table(null, province.getNames(), List.of("recorded", "reported"), keys.stream()
				.map(k -> Row.of(k, recorded.get(k).getOrDefault(id, BigDecimal.ZERO),
						sent == null ? null : sent.getOrDefault(k, BigDecimal.ZERO)))
				.toList()));
			if (sent == null) {
				missing.add(Row.named(province.getNames()));
			}
		}
		summary.add(Row.of("total", keys.stream()
			.map(k -> recorded.get(k).values().stream().reduce(BigDecimal.ZERO, BigDecimal::add))
			.toArray(Number[]::new)));
		return new ReportFigures(List.of(new Section("national", List.of(new Table("provinces", keys, summary))),
				new Section("provinceDetails", details),
				new Section("notSubmitted", List.of(new Table("notSubmitted", List.of(), missing)))));
	}

	/** Each key figure by current province, from grouped queries over every province's records. */
	private Map<String, Map<Long, BigDecimal>> recorded(ReportPeriod period, ProvinceRollUp.Into rollUp) {
		LocalDate from = period.from();
		LocalDate to = period.to();
		Map<String, Map<Long, BigDecimal>> recorded = new LinkedHashMap<>();
		recorded.put("partnershipsNew", rollUp.counts(partnerships.established(null, from, to)));
		if (period.half() != 0) {
			recorded.put(YEAR_ONLY.key(), rollUp.counts(partnerships.establishedInYearOnly(null, period.year())));
		}
		recorded.put("agreementsNew", rollUp.counts(agreements.signed(null, from, to)));
		Map<Long, Map<DelegationDirection, DelegationCounts.Held>> held = delegations.held(null, from, to);
		recorded.put("delegationsOut", rollUp.sums(held, h -> heldIn(h, DelegationDirection.OUTBOUND)));
		recorded.put("delegationsIn", rollUp.sums(held, h -> heldIn(h, DelegationDirection.INBOUND)));
		recorded.put("conferencesHeld",
				rollUp.sums(conferences.held(null, from, to), h -> BigDecimal.valueOf(h.conferences())));
		Map<Long, ProjectMoney.Totals> projects = money.totalsByProvince(period);
		recorded.put("projects", rollUp.sums(projects, t -> BigDecimal.valueOf(t.projects())));
		recorded.put("committedVnd", rollUp.sums(projects, t -> ProjectMoney.round(t.committedVnd())));
		recorded.put("disbursedVnd", rollUp.sums(projects, t -> ProjectMoney.round(t.disbursedVnd())));
		return recorded;
	}

	private static BigDecimal heldIn(Map<DelegationDirection, DelegationCounts.Held> byDirection,
			DelegationDirection direction) {
		return BigDecimal.valueOf(byDirection.getOrDefault(direction, DelegationCounts.Held.NONE).delegations());
	}

}
