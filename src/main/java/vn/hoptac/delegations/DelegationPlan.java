package vn.hoptac.delegations;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import org.hibernate.Hibernate;

import vn.hoptac.shared.Stewardship;
import vn.hoptac.shared.Text;
import vn.hoptac.shared.StewardedRecord;

/**
 * An annual or six-month plan of a province's leaders' delegations: the items it foresees and the
 * path it takes (DOFA → People's Committee → MOFA → Prime Minister), whose latest step is kept in a
 * column for filtering.
 */
@Entity
@Table(name = "delegation_plan")
public class DelegationPlan extends StewardedRecord {

	static final Comparator<PlanStepEntry> CHRONOLOGICAL = Comparator.comparing(PlanStepEntry::stepOn)
		.thenComparing(PlanStepEntry::recordedAt);

	@Column(length = Delegation.TITLE_LENGTH)
	private String title;

	private Long vnLocalityId;

	@Column(name = "plan_year")
	private Integer year;

	private Integer half;

	@Enumerated(EnumType.STRING)
	private PlanKind kind;

	private LocalDate dueOn;

	@Enumerated(EnumType.STRING)
	private PlanStep currentStep;

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
	@JoinColumn(name = "plan_id", nullable = false)
	@OrderColumn(name = "position")
	private List<DelegationPlanItem> items = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "delegation_plan_step", joinColumns = @JoinColumn(name = "plan_id"))
	@OrderColumn(name = "position")
	private List<PlanStepEntry> steps = new ArrayList<>();

	protected DelegationPlan() {
	}

	DelegationPlan(DelegationPlanDraft draft, Stewardship stewardship) {
		apply(draft, stewardship);
	}

	/** The plan's own facts; its items are matched separately ({@link #replaceItems}). */
	void apply(DelegationPlanDraft d, Stewardship stewardship) {
		this.stewardship = stewardship;
		this.title = d.title().trim();
		this.vnLocalityId = d.vnLocalityId();
		this.year = d.year();
		this.half = d.half();
		this.kind = d.kind();
		this.dueOn = d.dueOn();
		this.source = d.source();
		this.searchText = Text.fit(Text.searchText(title), Delegation.SEARCH_TEXT_LENGTH);
		this.sortKey = Text.fit(Text.sortKey(title), Delegation.SORT_KEY_LENGTH);
	}

	void replaceItems(List<DelegationPlanItem> kept) {
		items.clear();
		items.addAll(kept);
	}

	void record(PlanStepEntry step) {
		steps.add(step);
		steps.sort(CHRONOLOGICAL);
		currentStep = steps.get(steps.size() - 1).step();
	}

	void loadDetails() {
		Hibernate.initialize(items);
		Hibernate.initialize(steps);
	}

	/** The first day of the period the plan covers. */
	public LocalDate getPeriodStart() {
		return periodStart(year, half);
	}

	/** The last day of the period the plan covers. */
	public LocalDate getPeriodEnd() {
		return periodEnd(year, half);
	}

	/** The first day of a plan's period: its year, or the half of it ({@code half} 1 or 2). */
	public static LocalDate periodStart(int year, Integer half) {
		return LocalDate.of(year, half != null && half == 2 ? 7 : 1, 1);
	}

	public static LocalDate periodEnd(int year, Integer half) {
		return half != null && half == 1 ? LocalDate.of(year, 6, 30) : LocalDate.of(year, 12, 31);
	}

	public String getTitle() {
		return title;
	}

	public Long getVnLocalityId() {
		return vnLocalityId;
	}

	public Integer getYear() {
		return year;
	}

	public Integer getHalf() {
		return half;
	}

	public PlanKind getKind() {
		return kind;
	}

	public LocalDate getDueOn() {
		return dueOn;
	}

	public PlanStep getCurrentStep() {
		return currentStep;
	}

	public List<DelegationPlanItem> getItems() {
		return items;
	}

	public List<PlanStepEntry> getSteps() {
		return steps;
	}

}
