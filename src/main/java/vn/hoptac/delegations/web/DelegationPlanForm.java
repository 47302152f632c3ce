package vn.hoptac.delegations.web;

import static vn.hoptac.shared.FormFields.trimmed;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import vn.hoptac.delegations.Delegation;
import vn.hoptac.delegations.DelegationDirection;
import vn.hoptac.delegations.DelegationPlan;
import vn.hoptac.delegations.DelegationPlanDraft;
import vn.hoptac.delegations.PlanItemDraft;
import vn.hoptac.delegations.PlanItemStatus;
import vn.hoptac.delegations.PlanKind;
import vn.hoptac.partners.PartyDirectory.Selection;
import vn.hoptac.shared.FormErrors;
import vn.hoptac.shared.PartialDates;
import vn.hoptac.shared.RecordForm;
import vn.hoptac.shared.RuleViolationException;

/**
 * The plan form, for create and edit: the plan and its items, one row each (blank rows ignored);
 * an item's foreign side is kept as it was or given by a locality code.
 */
public class DelegationPlanForm extends RecordForm implements FormErrors.RowsForm {

	static final int BLANK_ROWS = 3;

	@Size(max = Delegation.TITLE_LENGTH)
	private String title;

	private Long vnLocalityId;

	private Integer year;

	private Integer half;

	private PlanKind kind = PlanKind.ANNUAL;

	private LocalDate dueOn;

	private List<@Valid ItemRow> items = new ArrayList<>();

	static DelegationPlanForm blank(Long province, int year) {
		DelegationPlanForm form = new DelegationPlanForm();
		form.vnLocalityId = province;
		form.year = year;
		return form.withBlankRows();
	}

	static DelegationPlanForm of(DelegationPlan plan) {
		DelegationPlanForm form = new DelegationPlanForm();
		form.title = plan.getTitle();
		form.vnLocalityId = plan.getVnLocalityId();
		form.year = plan.getYear();
		form.half = plan.getHalf();
		form.kind = plan.getKind();
		form.dueOn = plan.getDueOn();
		form.keptAs(plan);
		plan.getItems().forEach(i -> {
			ItemRow row = new ItemRow();
			row.id = i.getId();
			row.direction = i.getDirection();
			row.plannedOn = DelegationResponse.text(i.getPlanned());
			row.headTitle = i.getHeadTitle();
			row.foreignParty = Selection.key(i.getForeignLocalityId(), i.getForeignOrganisationId());
			row.purpose = i.getPurpose();
			row.status = i.getStatus();
			form.items.add(row);
		});
		return form.withBlankRows();
	}

	@Override
	public DelegationPlanForm withBlankRows() {
		for (int i = 0; i < BLANK_ROWS; i++) {
			items.add(new ItemRow());
		}
		return this;
	}

	@Override
	public void dropBlankRows() {
		items.removeIf(ItemRow::isBlank);
	}

	DelegationPlanDraft toDraft(Function<String, Optional<Long>> localityIdByCode, Consumer<DelegationPlanDraft> check) {
		var errors = new RuleViolationException.Collector();
		List<PlanItemDraft> drafts = new ArrayList<>();
		for (int i = 0; i < items.size(); i++) {
			ItemRow row = items.get(i);
			String field = "items[" + i + "]";
			Selection foreign = Selection.read(row.foreignParty, row.foreignPartyCode, localityIdByCode,
					field + ".foreignPartyCode", errors);
			drafts.add(new PlanItemDraft(row.id, row.direction, PartialDates.parse(row.plannedOn, field + ".plannedOn", errors),
					trimmed(row.headTitle), foreign.localityId(), foreign.organisationId(),
					trimmed(row.purpose), row.status));
		}
		DelegationPlanDraft draft = new DelegationPlanDraft(trimmed(title), vnLocalityId, year, half,
				kind, dueOn, drafts, trimmed(getSource()), getVisibility());
		errors.throwIfAnyWith(() -> FormErrors.onFormFields(() -> check.accept(draft), DelegationPlanForm::onFormFields));
		return draft;
	}

	/** The service's violations, named after this form's fields. */
	static RuleViolationException onFormFields(RuleViolationException violations) {
		return new RuleViolationException(violations.violations()
			.stream()
			.map(v -> new RuleViolationException.Violation(
					v.field().replaceAll("^(items\\[\\d+\\])\\.foreign(Locality|Organisation)Id$", "$1.foreignPartyCode"),
					v.messageKey(), v.args()))
			.toList());
	}

	/** A planned delegation. */
	public static class ItemRow {

		private Long id;

		private DelegationDirection direction;

		private String plannedOn;

		@Size(max = Delegation.POSITION_LENGTH)
		private String headTitle;

		private String foreignParty;

		private String foreignPartyCode;

		@Size(max = Delegation.NOTE_LENGTH)
		private String purpose;

		private PlanItemStatus status;

		boolean isBlank() {
			return id == null && direction == null && trimmed(plannedOn) == null
					&& trimmed(headTitle) == null && trimmed(foreignPartyCode) == null
					&& trimmed(purpose) == null;
		}

		public Long getId() {
			return id;
		}

		public void setId(Long id) {
			this.id = id;
		}

		public DelegationDirection getDirection() {
			return direction;
		}

		public void setDirection(DelegationDirection direction) {
			this.direction = direction;
		}

		public String getPlannedOn() {
			return plannedOn;
		}

		public void setPlannedOn(String plannedOn) {
			this.plannedOn = plannedOn;
		}

		public String getHeadTitle() {
			return headTitle;
		}

		public void setHeadTitle(String headTitle) {
			this.headTitle = headTitle;
		}

		public String getForeignParty() {
			return foreignParty;
		}

		public void setForeignParty(String foreignParty) {
			this.foreignParty = foreignParty;
		}

		public String getForeignPartyCode() {
			return foreignPartyCode;
		}

		public void setForeignPartyCode(String foreignPartyCode) {
			this.foreignPartyCode = foreignPartyCode;
		}

		public String getPurpose() {
			return purpose;
		}

		public void setPurpose(String purpose) {
			this.purpose = purpose;
		}

		public PlanItemStatus getStatus() {
			return status;
		}

		public void setStatus(PlanItemStatus status) {
			this.status = status;
		}

	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public Long getVnLocalityId() {
		return vnLocalityId;
	}

	public void setVnLocalityId(Long vnLocalityId) {
		this.vnLocalityId = vnLocalityId;
	}

	public Integer getYear() {
		return year;
	}

	public void setYear(Integer year) {
		this.year = year;
	}

	public Integer getHalf() {
		return half;
	}

	public void setHalf(Integer half) {
		this.half = half;
	}

	public PlanKind getKind() {
		return kind;
	}

	public void setKind(PlanKind kind) {
		this.kind = kind;
	}

	public LocalDate getDueOn() {
		return dueOn;
	}

	public void setDueOn(LocalDate dueOn) {
		this.dueOn = dueOn;
	}

	public List<ItemRow> getItems() {
		return items;
	}

	public void setItems(List<ItemRow> items) {
		this.items = items;
	}

}
