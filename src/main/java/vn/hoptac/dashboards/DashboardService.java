package vn.hoptac.dashboards;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hoptac.agreements.Agreement;
import vn.hoptac.delegations.Delegation;
import vn.hoptac.delegations.DelegationDirection;
import vn.hoptac.delegations.DelegationService;
import vn.hoptac.delegations.StatsRow;
import vn.hoptac.geo.Locality;
import vn.hoptac.geo.LocalityService;
import vn.hoptac.geo.ProvinceRollUp;
import vn.hoptac.partners.Partnership;
import vn.hoptac.partners.PartyDirectory;
import vn.hoptac.projects.IatiCode;
import vn.hoptac.projects.IatiCodelist;
import vn.hoptac.projects.IatiCodes;
import vn.hoptac.projects.ProjectBudgets;
import vn.hoptac.projects.Project;
import vn.hoptac.reviews.PartnershipHealthService;
import vn.hoptac.shared.Access;
import vn.hoptac.shared.Countries;
import vn.hoptac.shared.Facet;
import vn.hoptac.shared.GroupStats;
import vn.hoptac.shared.KeptStatistics;

/**
 * The figures of a dashboard, each from one grouped query of the module that owns the records (the
 * health of partnerships is computed by {@code reviews} as it is everywhere), under the reader's
 * access: a reader sees only the figures of what they may read.
 */
@Service
@Transactional(readOnly = true)
public class DashboardService {

	/** The longest figures keep their largest rows; the table says as much. */
	static final int TOP = 10;

	/** The figure of partner localities per country, which the page draws as a world map. */
	public static final String PARTNER_LOCALITIES = "partnerLocalities";

	private final KeptStatistics stats;

	private final DelegationService delegations;

	private final ProjectBudgets budgets;

	private final PartnershipHealthService health;

	private final PartyDirectory directory;

	private final LocalityService localities;

	private final IatiCodes codes;

	DashboardService(KeptStatistics stats, DelegationService delegations, ProjectBudgets budgets, PartnershipHealthService health, PartyDirectory directory,
			LocalityService localities, IatiCodes codes) {
		this.stats = stats;
		this.delegations = delegations;
		this.budgets = budgets;
		this.health = health;
		this.directory = directory;
		this.localities = localities;
		this.codes = codes;
	}

	/**
	 * A province's dashboard, or (null) the nation's, which computes the health of every partnership
	 * and is therefore for signed-in readers only: 401 for anyone else.
	 */
	public Dashboard of(Long provinceId) {
		if (provinceId == null) {
			Access.required();
		}
		List<Figure> figures = new ArrayList<>();
		figures.add(byYear("agreementsByYear", stats.of(Agreement.class, List.of(Facet.year("year", "signedOn")), List.of(),
				provinceId)));
		figures.add(delegationsByYear(provinceId));
		figures.add(largest("agreementsByCountry", Figure.ChartKind.BAR, Figure.KeyType.COUNTRY,
				stats.of(Agreement.class, List.of(Facet.value("country", "foreignCountry")), List.of(), provinceId)));
		figures.add(partnerLocalities(provinceId));
		figures.add(largest("partnershipsByField", Figure.ChartKind.BAR, Figure.KeyType.ENUM,
				stats.of(Partnership.class, List.of(Facet.member("field", "fields")), List.of(), provinceId)));
		figures.add(largest("projectsByModality", Figure.ChartKind.PIE, Figure.KeyType.ENUM,
				stats.of(Project.class, List.of(Facet.value("modality", "modality")), List.of(), provinceId)));
		figures.add(moneyByFunder(provinceId));
		figures.add(moneyBySector(provinceId));
		figures.add(health(provinceId));
		if (provinceId == null) {
			figures.add(provinces());
		}
		return new Dashboard(provinceId, figures);
	}

	/** Counts per year, the years in order; records of unknown year are left out of a trend. */
	private static Figure byYear(String id, List<GroupStats.Row> stats) {
		TreeMap<Integer, Long> counts = new TreeMap<>();
		stats.stream().filter(r -> r.key(0) != null).forEach(r -> counts.merge((Integer) r.key(0), r.count(), Long::sum));
		everyYear(counts, () -> 0L);
		List<Figure.Row> rows = counts.entrySet()
			.stream()
			.map(e -> new Figure.Row(e.getKey(), null, List.of(BigDecimal.valueOf(e.getValue()))))
			.toList();
		return new Figure(id, Figure.ChartKind.LINE, Figure.KeyType.YEAR, List.of("dashboard.series.count"), rows);
	}

	/** A trend shows the years without records too (as nothing), so that its line does not skip them. */
	private static <V> void everyYear(TreeMap<Integer, V> byYear, java.util.function.Supplier<V> nothing) {
		if (byYear.isEmpty()) {
			return;
		}
		for (int year = byYear.firstKey(); year < byYear.lastKey(); year++) {
			byYear.computeIfAbsent(year, y -> nothing.get());
		}
	}

	/**
	 * Inbound and outbound delegations per year of their start (a start known only as a bound counts in
	 * no year), from the counts the delegation writes keep.
	 */
	private Figure delegationsByYear(Long provinceId) {
		TreeMap<Integer, long[]> counts = new TreeMap<>();
		for (StatsRow row : delegations.perYearAndDirection(provinceId)) {
			if (row.key().get(0) == null) {
				continue;
			}
			int column = row.key().get(1) == DelegationDirection.INBOUND ? 0 : 1;
			counts.computeIfAbsent((Integer) row.key().get(0), y -> new long[2])[column] += row.delegations();
		}
		everyYear(counts, () -> new long[2]);
		List<Figure.Row> rows = counts.entrySet()
			.stream()
			.map(e -> new Figure.Row(e.getKey(), null,
					List.of(BigDecimal.valueOf(e.getValue()[0]), BigDecimal.valueOf(e.getValue()[1]))))
			.toList();
		return new Figure("delegationsByYear", Figure.ChartKind.BAR, Figure.KeyType.YEAR,
				List.of("dashboard.series.inbound", "dashboard.series.outbound"), rows);
	}

	/** The largest groups first, at most {@link #TOP}; the group of records without a value is left out. */
	private static Figure largest(String id, Figure.ChartKind chart, Figure.KeyType keyType, List<GroupStats.Row> stats) {
		Map<Object, Long> counts = new HashMap<>();
		stats.forEach(r -> counts.merge(r.key(0), r.count(), Long::sum));
		return new Figure(id, chart, keyType, List.of("dashboard.series.count"), mostFirst(counts, TOP));
	}

	/** The keyed counts, the largest first (ties by key), the count of records without a key left out. */
	private static List<Figure.Row> mostFirst(Map<Object, Long> counts, int limit) {
		return counts.entrySet()
			.stream()
			.filter(e -> e.getKey() != null)
			.sorted(Map.Entry.<Object, Long>comparingByValue().reversed().thenComparing(e -> String.valueOf(e.getKey())))
			.limit(limit)
			.map(e -> new Figure.Row(e.getKey(), null, List.of(BigDecimal.valueOf(e.getValue()))))
			.toList();
	}

	/**
	 * The foreign localities that are partners of a partnership, counted once per country however many
	 * partnerships they have, every country (the world map colours them all), the most first, each
	 * named in the reader's language.
	 */
	private Figure partnerLocalities(Long provinceId) {
		Map<Object, Long> counts = stats.distinct(Partnership.class, Facet.value("country", "foreignCountry"),
				"foreignLocalityId", provinceId);
		Locale locale = LocaleContextHolder.getLocale();
		List<Figure.Row> rows = mostFirst(counts, Integer.MAX_VALUE).stream()
			.map(row -> new Figure.Row(row.key(), Countries.name((String) row.key(), locale), row.values()))
			.toList();
		return new Figure(PARTNER_LOCALITIES, Figure.ChartKind.MAP, Figure.KeyType.COUNTRY,
				List.of("dashboard.series.localities"), rows);
	}

	private Figure moneyByFunder(Long provinceId) {
		Map<String, BigDecimal> sums = budgets.budgetsBy(ProjectBudgets.BudgetGrouping.FUNDER, provinceId);
		Map<String, String> names = partyNames(sums.keySet());
		return money("moneyByFunder", sums, names::get);
	}

	private Figure moneyBySector(Long provinceId) {
		Map<String, BigDecimal> sums = budgets.budgetsBy(ProjectBudgets.BudgetGrouping.SECTOR, provinceId);
		Map<String, IatiCode> categories = codes.of(IatiCodelist.SECTOR_CATEGORY);
		return money("moneyBySector", sums, code -> categories.containsKey(code)
				? code + " · " + categories.get(code).nameEn() : code);
	}

	private static Figure money(String id, Map<String, BigDecimal> sums, java.util.function.Function<String, String> name) {
		List<Figure.Row> rows = sums.entrySet()
			.stream()
			.filter(e -> name.apply(e.getKey()) != null)
			.sorted(Map.Entry.<String, BigDecimal>comparingByValue().reversed())
			.limit(TOP)
			.map(e -> new Figure.Row(e.getKey(), name.apply(e.getKey()),
					List.of(e.getValue().setScale(0, java.math.RoundingMode.HALF_UP))))
			.toList();
		return new Figure(id, Figure.ChartKind.BAR, Figure.KeyType.NAME, List.of("dashboard.series.usd"), rows);
	}

	/** Names of parties keyed {@code locality:12} / {@code organisation:5}; those the reader may not read are absent. */
	private Map<String, String> partyNames(Set<String> keys) {
		List<Long> localityIds = new ArrayList<>();
		List<Long> organisationIds = new ArrayList<>();
		for (String key : keys) {
			PartyDirectory.Selection.parse(key).ifPresent(s -> {
				if (s.localityId() != null) {
					localityIds.add(s.localityId());
				}
				if (s.organisationId() != null) {
					organisationIds.add(s.organisationId());
				}
			});
		}
		PartyDirectory.Lookup lookup = directory.loadReadable(localityIds, organisationIds);
		Map<String, String> names = new HashMap<>();
		lookup.localities().forEach((id, named) -> names.put(PartyDirectory.Selection.key(id, null), named.names().current()));
		lookup.organisations()
			.forEach((id, named) -> names.put(PartyDirectory.Selection.key(null, id), named.names().current()));
		return names;
	}

	private Figure health(Long provinceId) {
		List<Figure.Row> rows = health.statesOfProvince(provinceId).entrySet()
			.stream()
			.map(e -> new Figure.Row(e.getKey(), null, List.of(BigDecimal.valueOf(e.getValue()))))
			.toList();
		return new Figure("partnershipHealth", Figure.ChartKind.PIE, Figure.KeyType.ENUM,
				List.of("dashboard.series.count"), rows);
	}

	/**
	 * The provinces side by side: partnerships, agreements, delegations and projects each kept, a
	 * record of a merged province counted with its successor.
	 */
	private Figure provinces() {
		List<Locality> current = directory.currentProvinces();
		List<Facet> byProvince = List.of(Facet.value("province", "stewardship.provinceId"));
		ProvinceRollUp rollUp = localities.provinceRollUp(current.stream().map(Locality::getId).toList());
		List<Map<Long, Long>> columns = Stream.of(Partnership.class, Agreement.class, Delegation.class, Project.class)
			.map(type -> rollUp.counts(byKey(stats.of(type, byProvince, List.of(), null))))
			.toList();
		List<Figure.Row> rows = new ArrayList<>();
		for (Locality province : current) {
			List<BigDecimal> values = columns.stream()
				.map(c -> BigDecimal.valueOf(c.getOrDefault(province.getId(), 0L)))
				.toList();
			rows.add(new Figure.Row(province.getId(), province.getNames().current(), values));
		}
		rows.sort(Comparator.comparing((Figure.Row r) -> r.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add))
			.reversed());
		return new Figure("provinces", Figure.ChartKind.BAR, Figure.KeyType.NAME,
				List.of("dashboard.series.partnerships", "dashboard.series.agreements", "dashboard.series.delegations",
						"dashboard.series.projects"),
				rows);
	}

	/** The counts of a grouping by one facet, keyed by its value; the group without a value is left out. */
	private static Map<Long, Long> byKey(List<GroupStats.Row> stats) {
		Map<Long, Long> counts = new HashMap<>();
		stats.stream().filter(r -> r.key(0) != null).forEach(r -> counts.merge((Long) r.key(0), r.count(), Long::sum));
		return counts;
	}

}
