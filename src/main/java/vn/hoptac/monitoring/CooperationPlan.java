package vn.hoptac.monitoring;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import org.hibernate.Hibernate;

import vn.hoptac.shared.Stewardship;
import vn.hoptac.shared.StewardedRecord;

/** A province's or a partnership's medium-term cooperation plan (e.g. 2025–2030) with its objectives. */
@Entity
@Table(name = "cooperation_plan")
public class CooperationPlan extends StewardedRecord {

	/** Column sizes (db/migration V45): the limits requests are validated against. */
	public static final int TITLE_LENGTH = 500;

	public static final int OBJECTIVE_LENGTH = 1000;

	public static final int DESCRIPTION_LENGTH = 4000;

	public static final int SOURCE_LENGTH = 500;

	@Column(length = TITLE_LENGTH)
	private String title;

	private int yearFrom;

	private int yearTo;

	private Long localityId;

	private Long partnershipId;

	@Column(length = DESCRIPTION_LENGTH)
	private String description;

	@ElementCollection
	@CollectionTable(name = "cooperation_plan_objective", joinColumns = @JoinColumn(name = "plan_id"))
	@OrderColumn(name = "position")
	@Column(name = "objective", length = OBJECTIVE_LENGTH)
	private List<String> objectives = new ArrayList<>();

	protected CooperationPlan() {
	}

	CooperationPlan(PlanDraft draft, Stewardship stewardship) {
		apply(draft, stewardship);
	}

	void apply(PlanDraft draft, Stewardship stewardship) {
		this.stewardship = stewardship;
		this.title = draft.title().trim();
		this.yearFrom = draft.yearFrom();
		this.yearTo = draft.yearTo();
		this.localityId = draft.localityId();
		this.partnershipId = draft.partnershipId();
		this.description = draft.description();
		this.source = draft.source();
		this.objectives.clear();
		this.objectives.addAll(draft.objectives());
		listedAs(title, title, description, String.join(" ", objectives));
	}

	void loadDetails() {
		Hibernate.initialize(objectives);
	}

	public String getTitle() {
		return title;
	}

	public int getYearFrom() {
		return yearFrom;
	}

	public int getYearTo() {
		return yearTo;
	}

	public Long getLocalityId() {
		return localityId;
	}

	public Long getPartnershipId() {
		return partnershipId;
	}

	public String getDescription() {
		return description;
	}

	public List<String> getObjectives() {
		return objectives;
	}

}
