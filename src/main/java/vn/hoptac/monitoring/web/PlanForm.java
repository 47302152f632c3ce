package vn.hoptac.monitoring.web;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.Size;

import vn.hoptac.monitoring.CooperationPlan;
import vn.hoptac.monitoring.PlanDraft;
import vn.hoptac.shared.FormErrors;
import vn.hoptac.shared.FormFields;
import vn.hoptac.shared.RecordForm;

/** The page form of a cooperation plan: its fields carry {@link PlanDraft}'s names; objectives are rows. */
public class PlanForm extends RecordForm implements FormErrors.RowsForm {

	static final int BLANK_ROWS = 2;

	@Size(max = CooperationPlan.TITLE_LENGTH)
	private String title;

	private Integer yearFrom;

	private Integer yearTo;

	private Long localityId;

	private Long partnershipId;

	private List<String> objectives = new ArrayList<>();

	@Size(max = CooperationPlan.DESCRIPTION_LENGTH)
	private String description;

	static PlanForm blank() {
		return new PlanForm().withBlankRows();
	}

	static PlanForm of(CooperationPlan plan) {
		PlanForm form = new PlanForm();
		form.title = plan.getTitle();
		form.yearFrom = plan.getYearFrom();
		form.yearTo = plan.getYearTo();
		form.localityId = plan.getPartnershipId() == null ? plan.getLocalityId() : null;
		form.partnershipId = plan.getPartnershipId();
		form.objectives = new ArrayList<>(plan.getObjectives());
		form.description = plan.getDescription();
		form.keptAs(plan);
		return form.withBlankRows();
	}

	PlanDraft toDraft() {
		return new PlanDraft(FormFields.trimmed(title), yearFrom, yearTo, localityId, partnershipId, objectives,
				FormFields.trimmed(description), FormFields.trimmed(getSource()), getVisibility());
	}

	@Override
	public void dropBlankRows() {
		objectives = new ArrayList<>(objectives.stream().filter(o -> o != null && !o.isBlank()).toList());
	}

	@Override
	public PlanForm withBlankRows() {
		for (int i = 0; i < BLANK_ROWS; i++) {
			objectives.add("");
		}
		return this;
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public Integer getYearFrom() {
		return yearFrom;
	}

	public void setYearFrom(Integer yearFrom) {
		this.yearFrom = yearFrom;
	}

	public Integer getYearTo() {
		return yearTo;
	}

	public void setYearTo(Integer yearTo) {
		this.yearTo = yearTo;
	}

	public Long getLocalityId() {
		return localityId;
	}

	public void setLocalityId(Long localityId) {
		this.localityId = localityId;
	}

	public Long getPartnershipId() {
		return partnershipId;
	}

	public void setPartnershipId(Long partnershipId) {
		this.partnershipId = partnershipId;
	}

	public List<String> getObjectives() {
		return objectives;
	}

	public void setObjectives(List<String> objectives) {
		this.objectives = objectives;
	}

	public String getDescription() {
		return description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

}
