package vn.hoptac.policies.web;

import static vn.hoptac.shared.FormFields.trimmed;

import jakarta.validation.constraints.Size;

import vn.hoptac.policies.PolicyDocument;
import vn.hoptac.policies.PolicyDraft;
import vn.hoptac.policies.PolicyKind;
import vn.hoptac.shared.FormErrors;
import vn.hoptac.shared.PartialDates;
import vn.hoptac.shared.RecordForm;
import vn.hoptac.shared.RuleViolationException;

/** The page form of a policy document: dates typed as precisely as known, its successor chosen. */
public class PolicyForm extends RecordForm implements FormErrors.RowsForm {

	private PolicyKind kind;

	@Size(max = PolicyDocument.NUMBER_LENGTH)
	private String number;

	@Size(max = PolicyDocument.ISSUING_BODY_LENGTH)
	private String issuingBody;

	@Size(max = PolicyDocument.TITLE_LENGTH)
	private String title;

	private String issuedOn;

	private String inForceOn;

	@Size(max = PolicyDocument.SUMMARY_LENGTH)
	private String summary;

	@Size(max = PolicyDocument.PROVISIONS_LENGTH)
	private String provisions;

	private Long supersededById;

	static PolicyForm of(PolicyDocument d) {
		PolicyForm form = new PolicyForm();
		form.kind = d.getKind();
		form.number = d.getNumber();
		form.issuingBody = d.getIssuingBody();
		form.title = d.getTitle();
		form.issuedOn = d.getIssued() == null ? null : d.getIssued().toString();
		form.inForceOn = d.getInForce() == null ? null : d.getInForce().toString();
		form.summary = d.getSummary();
		form.provisions = d.getProvisions();
		form.supersededById = d.getSupersededById();
		form.keptAs(d);
		return form;
	}

	PolicyDraft toDraft() {
		var errors = new RuleViolationException.Collector();
		PolicyDraft draft = new PolicyDraft(kind, trimmed(number), trimmed(issuingBody), trimmed(title),
				PartialDates.parse(issuedOn, "issuedOn", errors), PartialDates.parse(inForceOn, "inForceOn", errors),
				trimmed(summary), trimmed(provisions), supersededById, trimmed(getSource()), getVisibility());
		errors.throwIfAny();
		return draft;
	}

	/** A policy document has no repeatable rows: nothing to drop or add. */
	@Override
	public void dropBlankRows() {
	}

	@Override
	public PolicyForm withBlankRows() {
		return this;
	}

	public PolicyKind getKind() {
		return kind;
	}

	public void setKind(PolicyKind kind) {
		this.kind = kind;
	}

	public String getNumber() {
		return number;
	}

	public void setNumber(String number) {
		this.number = number;
	}

	public String getIssuingBody() {
		return issuingBody;
	}

	public void setIssuingBody(String issuingBody) {
		this.issuingBody = issuingBody;
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getIssuedOn() {
		return issuedOn;
	}

	public void setIssuedOn(String issuedOn) {
		this.issuedOn = issuedOn;
	}

	public String getInForceOn() {
		return inForceOn;
	}

	public void setInForceOn(String inForceOn) {
		this.inForceOn = inForceOn;
	}

	public String getSummary() {
		return summary;
	}

	public void setSummary(String summary) {
		this.summary = summary;
	}

	public String getProvisions() {
		return provisions;
	}

	public void setProvisions(String provisions) {
		this.provisions = provisions;
	}

	public Long getSupersededById() {
		return supersededById;
	}

	public void setSupersededById(Long supersededById) {
		this.supersededById = supersededById;
	}

}
