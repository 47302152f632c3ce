package vn.hoptac.delegations;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import vn.hoptac.shared.DatePrecision;
import vn.hoptac.shared.DatePrecision.PartialDate;

/** A delegation a plan foresees; the delegation that realises it names it ({@code plan_item_id}). */
@Entity
@Table(name = "delegation_plan_item")
public class DelegationPlanItem {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Enumerated(EnumType.STRING)
	private DelegationDirection direction;

	private LocalDate plannedOn;

	@Enumerated(EnumType.STRING)
	private DatePrecision plannedPrecision;

	@Column(length = Delegation.POSITION_LENGTH)
	private String headTitle;

	private String foreignCountry;

	private Long foreignLocalityId;

	private Long foreignOrganisationId;

	@Column(length = Delegation.NOTE_LENGTH)
	private String purpose;

	@Enumerated(EnumType.STRING)
	@Column(name = "item_status")
	private PlanItemStatus status;

	protected DelegationPlanItem() {
	}

	DelegationPlanItem(PlanItemDraft draft, String foreignCountry) {
		apply(draft, foreignCountry);
	}

	void apply(PlanItemDraft d, String foreignCountry) {
		this.direction = d.direction();
		this.plannedOn = d.plannedOn() == null ? null : d.plannedOn().date();
		this.plannedPrecision = d.plannedOn() == null ? null : d.plannedOn().precision();
		this.headTitle = d.headTitle();
		this.foreignCountry = foreignCountry;
		this.foreignLocalityId = d.foreignLocalityId();
		this.foreignOrganisationId = d.foreignOrganisationId();
		this.purpose = d.purpose();
		this.status = d.status() == null ? PlanItemStatus.PLANNED : d.status();
	}

	public PartialDate getPlanned() {
		return plannedOn == null ? null : PartialDate.of(plannedOn, plannedPrecision);
	}

	public Long getId() {
		return id;
	}

	public DelegationDirection getDirection() {
		return direction;
	}

	public LocalDate getPlannedOn() {
		return plannedOn;
	}

	public DatePrecision getPlannedPrecision() {
		return plannedPrecision;
	}

	public String getHeadTitle() {
		return headTitle;
	}

	public String getForeignCountry() {
		return foreignCountry;
	}

	public Long getForeignLocalityId() {
		return foreignLocalityId;
	}

	public Long getForeignOrganisationId() {
		return foreignOrganisationId;
	}

	public String getPurpose() {
		return purpose;
	}

	public PlanItemStatus getStatus() {
		return status;
	}

}
