package vn.hoptac.demo.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.hoptac.partners.CooperationField;
import vn.hoptac.projects.FlowMetric;
import vn.hoptac.projects.ProjectBudget;
import vn.hoptac.projects.ProjectDraft;
import vn.hoptac.projects.ProjectLocation;
import vn.hoptac.projects.ProjectModality;
import vn.hoptac.projects.ProjectParticipant;
import vn.hoptac.projects.ProjectSector;
import vn.hoptac.projects.ProjectService;
import vn.hoptac.projects.ProjectTransaction;
import vn.hoptac.projects.ProposalStage;
import vn.hoptac.projects.ReportedFlowTotalDraft;
import vn.hoptac.projects.ReportedFlowTotalService;
import vn.hoptac.shared.DatePrecision.PartialDate;
import vn.hoptac.shared.Qualifier;
import vn.hoptac.shared.RuleViolationException;

/**
 * Loads {@code db/demo/projects.json}: the projects and reported flow totals of the seeds (group
 * "money"), each with its source, through the projects' services and rules. A date or amount the
 * source does not give stays null; a quoted figure keeps its qualifier.
 */
@Component
@Order(3)
class ProjectsSeedLoader implements ApplicationRunner {

	static final String SEED = "db/demo/projects.json";

	private final SeedOnce once;

	private final SeedRecords records;

	private final SeedKeys keys;

	private final ProjectService projects;

	private final ReportedFlowTotalService totals;

	ProjectsSeedLoader(SeedOnce once, SeedRecords records, SeedKeys keys, ProjectService projects,
			ReportedFlowTotalService totals) {
		this.once = once;
		this.records = records;
		this.keys = keys;
		this.projects = projects;
		this.totals = totals;
	}

	@Override
	public void run(ApplicationArguments args) {
		once.run(SEED, () -> {
			ProjectsSeedFile seed = records.read(SEED, ProjectsSeedFile.class);
			seed.projects().forEach(p -> create(p.fact(), () -> projects.create(draft(p))));
			seed.reportedTotals().forEach(t -> create(t.fact(), () -> totals.create(draft(t))));
		});
	}

	/** Creates one record of a fact; a seed the rules refuse names the fact and what was refused. */
	private static void create(String fact, Runnable create) {
		try {
			create.run();
		}
		catch (RuleViolationException ex) {
			throw new IllegalStateException("Seed fact " + fact + " of " + SEED + " is refused: " + ex.violations()
				.stream()
				.map(v -> v.field() + " " + v.messageKey() + " " + java.util.Arrays.toString(v.args()))
				.toList(), ex);
		}
	}

	private ProjectDraft draft(ProjectSeed p) {
		return new ProjectDraft(p.title(), p.description(), p.modality(), p.activityStatus(), p.proposalStage(),
				keys.locality(p.vnLocality()), keys.organisation(p.vnOrganisation()), keys.partnership(p.partnership()),
				keys.agreement(p.agreement()), p.foreignCountry(), PartialDate.parse(p.plannedStart()),
				PartialDate.parse(p.actualStart()), PartialDate.parse(p.plannedEnd()), PartialDate.parse(p.actualEnd()),
				p.coversProjects(), null, p.coversComponents(), null, p.financingAgreementRef(),
				PartialDate.parse(p.financingAgreementOn()), p.inKind(), p.note(), p.fields(),
				list(p.participants()).stream()
					.map(x -> new ProjectParticipant(x.role(), keys.organisation(x.organisation()),
							keys.locality(x.locality()), x.name()))
					.toList(),
				list(p.sectors()), list(p.sdgTargets()),
				list(p.locations()).stream()
					.map(l -> new ProjectLocation(keys.locality(l.locality()), l.communeName(), l.note()))
					.toList(),
				list(p.budgets()).stream().map(ProjectsSeedLoader::budget).toList(),
				list(p.transactions()).stream().map(ProjectsSeedLoader::transaction).toList(), List.of(), p.source(),
				SeedRecords.PUBLISHED);
	}

	private static ProjectBudget budget(BudgetSeed b) {
		PartialDate start = PartialDate.parse(b.periodStart());
		PartialDate end = PartialDate.parse(b.periodEnd());
		return new ProjectBudget(b.type(), b.status(), start == null ? null : start.date(),
				start == null ? null : start.precision(), end == null ? null : end.date(),
				end == null ? null : end.precision(), null, b.amount(), b.currency(), b.amountQualifier(), null, null,
				b.statedVnd(), b.statedUsd(), b.statedQualifier(), b.funderPosition(), b.note());
	}

	private static ProjectTransaction transaction(TransactionSeed t) {
		PartialDate on = PartialDate.parse(t.transactionOn());
		return new ProjectTransaction(t.type(), on.date(), on.precision(), t.amount(), t.currency(),
				t.amountQualifier(), null, null, null, null, null, null, null, null, t.description());
	}

	private ReportedFlowTotalDraft draft(TotalSeed t) {
		return new ReportedFlowTotalDraft(keys.locality(t.vnLocality()), null, t.foreignCountry(), t.modality(),
				t.metric(), t.amount(), t.currency(), t.qualifier(), PartialDate.parse(t.periodFrom()),
				PartialDate.parse(t.periodTo()), t.note(), t.source(), SeedRecords.PUBLISHED);
	}

	private static <T> List<T> list(List<T> items) {
		return items == null ? List.of() : items;
	}

	record ProjectsSeedFile(List<ProjectSeed> projects, List<TotalSeed> reportedTotals) {
	}

	/** A project of the seeds; {@code fact} is its number in the plan's table (M1–M57). */
	record ProjectSeed(String fact, String title, String description, ProjectModality modality,
			String activityStatus, ProposalStage proposalStage, String vnLocality, String vnOrganisation,
			String partnership, String agreement, String foreignCountry, String plannedStart, String actualStart,
			String plannedEnd, String actualEnd, Integer coversProjects, Integer coversComponents,
			String financingAgreementRef, String financingAgreementOn, String inKind, String note,
			Set<CooperationField> fields, List<ParticipantSeed> participants, List<ProjectSector> sectors,
			List<String> sdgTargets, List<LocationSeed> locations, List<BudgetSeed> budgets,
			List<TransactionSeed> transactions, String source) {
	}

	record ParticipantSeed(Integer role, String organisation, String locality, String name) {
	}

	record LocationSeed(String locality, String communeName, String note) {
	}

	record BudgetSeed(Integer type, Integer status, String periodStart, String periodEnd, BigDecimal amount,
			String currency, Qualifier amountQualifier, BigDecimal statedVnd, BigDecimal statedUsd,
			Qualifier statedQualifier, Integer funderPosition, String note) {
	}

	record TransactionSeed(Integer type, String transactionOn, BigDecimal amount, String currency,
			Qualifier amountQualifier, String description) {
	}

	record TotalSeed(String fact, FlowMetric metric, BigDecimal amount, String currency, Qualifier qualifier,
			String vnLocality, String foreignCountry, ProjectModality modality, String periodFrom, String periodTo,
			String note, String source) {
	}

}
