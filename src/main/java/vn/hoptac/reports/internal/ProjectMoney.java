package vn.hoptac.reports.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import vn.hoptac.partners.PartyDirectory;
import vn.hoptac.projects.IatiCode;
import vn.hoptac.projects.IatiCodelist;
import vn.hoptac.projects.IatiCodes;
import vn.hoptac.projects.Project;
import vn.hoptac.projects.ProjectModality;
import vn.hoptac.projects.ProjectParticipant;
import vn.hoptac.projects.ProjectSector;
import vn.hoptac.projects.ProjectTransaction;
import vn.hoptac.reports.ReportFigures.Row;
import vn.hoptac.reports.ReportFigures.Table;
import vn.hoptac.reports.ReportPeriod;
import vn.hoptac.shared.Names;

/**
 * Projects and their money in a period, in đồng: commitments (IATI transaction type 11, else 2) and
 * disbursements (type 3) dated within it, at their VND equivalent (or the VND the source states),
 * by modality, by donor (the transaction's provider, else the project's first funding participant)
 * and by sector category (split by the sectors' percentages). A project counts when it ran during
 * the period or moved money in it.
 */
@Component
class ProjectMoney {

	static final List<String> COLUMNS = List.of("projects", "committedVnd", "disbursedVnd");

	private static final int OUTGOING_COMMITMENT = 2;

	private static final int INCOMING_COMMITMENT = 11;

	private static final Set<Integer> COMMITMENTS = Set.of(OUTGOING_COMMITMENT, INCOMING_COMMITMENT);

	private static final int DISBURSEMENT = 3;

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private final RecordCounter counter;

	private final PartyDirectory directory;

	private final IatiCodes codes;

	ProjectMoney(RecordCounter counter, PartyDirectory directory, IatiCodes codes) {
		this.counter = counter;
		this.directory = directory;
		this.codes = codes;
	}

	/** The three tables of the projects section and the non-ODA aid line of the NGO section. */
	record Tables(List<Table> tables, Totals ngoAid) {
	}

	record Totals(long projects, BigDecimal committedVnd, BigDecimal disbursedVnd) {
	}

	Tables tables(long province, ReportPeriod period) {
		List<Project> projects = counter.all(Project.class, RecordCounter.keptBy(province))
			.stream()
			.filter(p -> ranWithin(p, period) || !inPeriod(p, period).isEmpty())
			.toList();
		Map<ProjectModality, Totals> byModality = new LinkedHashMap<>();
		for (ProjectModality modality : ProjectModality.values()) {
			List<Project> of = projects.stream().filter(p -> p.getModality() == modality).toList();
			if (!of.isEmpty()) {
				byModality.put(modality, totals(of, period));
			}
		}
		List<Row> modalityRows = new ArrayList<>();
		byModality.forEach((modality, totals) -> modalityRows.add(row("enum.ProjectModality." + modality.name(), null, totals)));
		modalityRows.add(row("total", null, totals(projects, period)));
		Totals ngoAid = byModality.getOrDefault(ProjectModality.NON_ODA_AID,
				new Totals(0, BigDecimal.ZERO, BigDecimal.ZERO));
		return new Tables(List.of(new Table("byModality", COLUMNS, modalityRows),
				new Table("byDonor", COLUMNS, byDonor(projects, period)),
				new Table("bySector", COLUMNS, bySector(projects, period))), ngoAid);
	}

	private List<Row> byDonor(List<Project> projects, ReportPeriod period) {
		Map<Long, Names> names = new LinkedHashMap<>();
		Set<Long> ids = new HashSet<>();
		projects.forEach(p -> {
			p.getTransactions().forEach(t -> addIfSet(ids, t.providerOrganisationId()));
			p.getParticipants().forEach(pp -> addIfSet(ids, pp.organisationId()));
		});
		directory.load(List.of(), ids).organisations().forEach((id, named) -> names.put(id, named.names()));
		Map<String, Names> labels = new LinkedHashMap<>();
		Map<String, Accumulator> sums = new LinkedHashMap<>();
		for (Project project : projects) {
			ProjectParticipant funder = project.getParticipants()
				.stream()
				.filter(pp -> pp.role() != null && pp.role() == ProjectParticipant.FUNDING)
				.findFirst()
				.orElse(null);
			String projectDonor = donorKey(funder == null ? null : funder.organisationId(),
					funder == null ? null : funder.nameText());
			labels.putIfAbsent(projectDonor, label(projectDonor, names));
			sums.computeIfAbsent(projectDonor, k -> new Accumulator()).projects.add(project.getId());
			for (ProjectTransaction t : inPeriod(project, period)) {
				String donor = t.providerOrganisationId() != null ? donorKey(t.providerOrganisationId(), null)
						: projectDonor;
				labels.putIfAbsent(donor, label(donor, names));
				Accumulator sum = sums.computeIfAbsent(donor, k -> new Accumulator());
				sum.projects.add(project.getId());
				sum.add(t, BigDecimal.ONE);
			}
		}
		return sortedRows(sums, labels);
	}

	private List<Row> bySector(List<Project> projects, ReportPeriod period) {
		Map<String, IatiCode> categories = codes.of(IatiCodelist.SECTOR_CATEGORY);
		Map<String, Names> labels = new LinkedHashMap<>();
		Map<String, Accumulator> sums = new LinkedHashMap<>();
		for (Project project : projects) {
			List<ProjectSector> sectors = project.getSectors().isEmpty() ? List.of(new ProjectSector(null, HUNDRED))
					: project.getSectors();
			for (ProjectSector sector : sectors) {
				String category = sector.category() == null ? "" : sector.category();
				IatiCode code = categories.get(category);
				String name = category.isEmpty() ? null : code == null ? category : category + " " + code.nameEn();
				labels.putIfAbsent(category, name == null ? null : new Names(name, name, name, null));
				Accumulator sum = sums.computeIfAbsent(category, k -> new Accumulator());
				sum.projects.add(project.getId());
				// sectors without a stated share split the money equally, so the sectors add up to the total
				BigDecimal share = sector.percentage() == null
						? BigDecimal.ONE.divide(BigDecimal.valueOf(sectors.size()), 6, RoundingMode.HALF_EVEN)
						: sector.percentage().divide(HUNDRED, 6, RoundingMode.HALF_EVEN);
				inPeriod(project, period).forEach(t -> sum.add(t, share));
			}
		}
		return sortedRows(sums, labels);
	}

	/** Rows by money committed, largest first; the unnamed group ("not stated") last. */
	private static List<Row> sortedRows(Map<String, Accumulator> sums, Map<String, Names> labels) {
		return sums.entrySet()
			.stream()
			.sorted(Comparator.<Map.Entry<String, Accumulator>, Boolean>comparing(e -> labels.get(e.getKey()) == null)
				.thenComparing(e -> e.getValue().committed, Comparator.reverseOrder()))
			.map(e -> row(labels.get(e.getKey()) == null ? "notStated" : null, labels.get(e.getKey()),
					e.getValue().totals()))
			.toList();
	}

	private static Row row(String key, Names name, Totals totals) {
		return new Row(key, name, List.of(BigDecimal.valueOf(totals.projects()), round(totals.committedVnd()),
				round(totals.disbursedVnd())));
	}

	private static BigDecimal round(BigDecimal vnd) {
		return vnd.setScale(0, RoundingMode.HALF_EVEN);
	}

	private Totals totals(List<Project> projects, ReportPeriod period) {
		Accumulator sum = new Accumulator();
		for (Project project : projects) {
			sum.projects.add(project.getId());
			inPeriod(project, period).forEach(t -> sum.add(t, BigDecimal.ONE));
		}
		return sum.totals();
	}

	private static String donorKey(Long organisationId, String nameText) {
		return organisationId != null ? "o" + organisationId : nameText != null ? "t" + nameText : "";
	}

	private static Names label(String donorKey, Map<Long, Names> names) {
		if (donorKey.startsWith("o")) {
			return names.get(Long.valueOf(donorKey.substring(1)));
		}
		return donorKey.startsWith("t") ? new Names(donorKey.substring(1), null, null, null) : null;
	}

	private static void addIfSet(Set<Long> ids, Long id) {
		if (id != null) {
			ids.add(id);
		}
	}

	private static boolean ranWithin(Project project, ReportPeriod period) {
		java.time.LocalDate start = first(project.getActualStartOn(), project.getPlannedStartOn(), project.getStartOn());
		java.time.LocalDate end = first(project.getActualEndOn(), project.getPlannedEndOn(), null);
		return start != null && !start.isAfter(period.to()) && (end == null || !end.isBefore(period.from()));
	}

	private static java.time.LocalDate first(java.time.LocalDate a, java.time.LocalDate b, java.time.LocalDate c) {
		return a != null ? a : b != null ? b : c;
	}

	/**
	 * The project's commitments and disbursements dated in the period. A project that records the
	 * commitment it received (IATI type 11) counts those only: the same money may also be recorded
	 * as the funder's outgoing commitment (type 2), and must not count twice.
	 */
	private static List<ProjectTransaction> inPeriod(Project project, ReportPeriod period) {
		int commitment = project.getTransactions().stream().anyMatch(t -> Integer.valueOf(INCOMING_COMMITMENT).equals(t.type()))
				? INCOMING_COMMITMENT : OUTGOING_COMMITMENT;
		return project.getTransactions()
			.stream()
			.filter(t -> period.contains(t.transactionOn()) && vnd(t) != null && t.type() != null
					&& (t.type() == commitment || t.type() == DISBURSEMENT))
			.toList();
	}

	private static BigDecimal vnd(ProjectTransaction t) {
		return t.amountVnd() != null ? t.amountVnd() : t.statedVnd();
	}

	/** Projects seen and money summed for one group. */
	private static final class Accumulator {

		final Set<Long> projects = new HashSet<>();

		BigDecimal committed = BigDecimal.ZERO;

		BigDecimal disbursed = BigDecimal.ZERO;

		void add(ProjectTransaction t, BigDecimal share) {
			BigDecimal amount = vnd(t).multiply(share);
			if (COMMITMENTS.contains(t.type())) {
				committed = committed.add(amount);
			}
			else {
				disbursed = disbursed.add(amount);
			}
		}

		Totals totals() {
			return new Totals(projects.size(), committed, disbursed);
		}

	}

}
