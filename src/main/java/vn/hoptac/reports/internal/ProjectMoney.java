package vn.hoptac.reports.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import vn.hoptac.partners.PartyDirectory;
import vn.hoptac.projects.IatiCode;
import vn.hoptac.projects.IatiCodelist;
import vn.hoptac.projects.IatiCodes;
import vn.hoptac.projects.ProjectModality;
import vn.hoptac.projects.ProjectMoneySums;
import vn.hoptac.projects.ProjectMoneySums.Line;
import vn.hoptac.reports.ReportFigures.Row;
import vn.hoptac.reports.ReportFigures.Table;
import vn.hoptac.reports.ReportPeriod;
import vn.hoptac.shared.Names;

/**
 * The projects section of a report from the sums the projects module computes in SQL
 * ({@link ProjectMoneySums}): by modality, by donor and by sector category, with their labels.
 */
@Component
class ProjectMoney {

	static final List<String> COLUMNS = List.of("projects", "committedVnd", "disbursedVnd");

	private final ProjectMoneySums sums;

	private final PartyDirectory directory;

	private final IatiCodes codes;

	ProjectMoney(ProjectMoneySums sums, PartyDirectory directory, IatiCodes codes) {
		this.sums = sums;
		this.directory = directory;
		this.codes = codes;
	}

	/** The three tables of the projects section and the non-ODA aid line of the NGO section. */
	record Tables(List<Table> tables, Totals ngoAid) {
	}

	record Totals(long projects, BigDecimal committedVnd, BigDecimal disbursedVnd) {

		static final Totals NONE = new Totals(0, BigDecimal.ZERO, BigDecimal.ZERO);

		Totals plus(Totals other) {
			return new Totals(projects + other.projects, committedVnd.add(other.committedVnd),
					disbursedVnd.add(other.disbursedVnd));
		}

		static Totals of(Line line) {
			return new Totals(line.projects(), line.committedVnd(), line.disbursedVnd());
		}

	}

	/** The tables over the projects the provinces keep (a current one and those merged into it). */
	Tables tables(Set<Long> keepers, ReportPeriod period) {
		ProjectMoneySums.Sums found = sums.of(keepers, period.from(), period.to());
		Map<String, Totals> byModality = merged(found.byModality(), Line::group);
		return new Tables(List.of(new Table("byModality", COLUMNS, modalityRows(byModality)),
				new Table("byDonor", COLUMNS, byDonor(found.byDonor())),
				new Table("bySector", COLUMNS, bySector(found.bySector()))),
				byModality.getOrDefault(ProjectModality.NON_ODA_AID.name(), Totals.NONE));
	}

	/** A row per modality with projects, in the modalities' order, then the total. */
	static List<Row> modalityRows(Map<String, Totals> byModality) {
		List<Row> rows = new ArrayList<>();
		for (ProjectModality modality : ProjectModality.values()) {
			Totals totals = byModality.get(modality.name());
			if (totals != null) {
				rows.add(row("enum.ProjectModality." + modality.name(), null, totals));
			}
		}
		rows.add(row("total", null, byModality.values().stream().reduce(Totals.NONE, Totals::plus)));
		return rows;
	}

	/** Every project's totals in the period under the province that keeps it (each project in one modality). */
	Map<Long, Totals> totalsByProvince(ReportPeriod period) {
		return merged(sums.of(null, period.from(), period.to()).byModality(), Line::provinceId);
	}

	private List<Row> byDonor(List<Line> lines) {
		Set<Long> organisations = lines.stream()
			.map(Line::organisationId)
			.filter(Objects::nonNull)
			.collect(Collectors.toSet());
		Map<Long, Names> names = new LinkedHashMap<>();
		directory.load(List.of(), organisations).organisations().forEach((id, named) -> names.put(id, named.names()));
		Map<String, Names> labels = new LinkedHashMap<>();
		lines.forEach(l -> labels.putIfAbsent(donorKey(l), l.organisationId() != null ? names.get(l.organisationId())
				: l.group() != null ? new Names(l.group(), null, null, null) : null));
		return sortedRows(merged(lines, ProjectMoney::donorKey), labels);
	}

	private List<Row> bySector(List<Line> lines) {
		Map<String, IatiCode> categories = codes.of(IatiCodelist.SECTOR_CATEGORY);
		Map<String, Names> labels = new LinkedHashMap<>();
		lines.forEach(l -> {
			String category = l.group() == null ? "" : l.group();
			IatiCode code = categories.get(category);
			String name = category.isEmpty() ? null : code == null ? category : category + " " + code.nameEn();
			labels.putIfAbsent(category, name == null ? null : new Names(name, name, name, null));
		});
		return sortedRows(merged(lines, l -> l.group() == null ? "" : l.group()), labels);
	}

	private static String donorKey(Line line) {
		return line.organisationId() != null ? "o" + line.organisationId()
				: line.group() != null ? "t" + line.group() : "";
	}

	/** The lines' totals by a key (provinces' lines of one group add up). */
	static <K> Map<K, Totals> merged(List<Line> lines, Function<Line, K> key) {
		Map<K, Totals> merged = new LinkedHashMap<>();
		lines.forEach(l -> merged.merge(key.apply(l), Totals.of(l), Totals::plus));
		return merged;
	}

	/** Rows by money committed, largest first; the unnamed group ("not stated") last. */
	private static List<Row> sortedRows(Map<String, Totals> sums, Map<String, Names> labels) {
		return sums.entrySet()
			.stream()
			.sorted(Comparator.<Map.Entry<String, Totals>, Boolean>comparing(e -> labels.get(e.getKey()) == null)
				.thenComparing(e -> e.getValue().committedVnd(), Comparator.reverseOrder()))
			.map(e -> row(labels.get(e.getKey()) == null ? "notStated" : null, labels.get(e.getKey()), e.getValue()))
			.toList();
	}

	static Row row(String key, Names name, Totals totals) {
		return new Row(key, name, List.of(BigDecimal.valueOf(totals.projects()), round(totals.committedVnd()),
				round(totals.disbursedVnd())));
	}

	static BigDecimal round(BigDecimal vnd) {
		return vnd.setScale(0, RoundingMode.HALF_EVEN);
	}

}
