package vn.hoptac.policies;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import vn.hoptac.shared.DatePrecision;
import vn.hoptac.shared.DatePrecision.PartialDate;
import vn.hoptac.shared.StewardedRecord;
import vn.hoptac.shared.Stewardship;

/**
 * A legal or policy document (Law 70/2020/QH14 on international agreements, Circular
 * 03/2021/TT-BNG): its kind, number and issuer, when it was issued and came into force, what it
 * says (summary, key provisions and their effects) and the document that superseded it.
 */
@Entity
@Table(name = "policy_document")
public class PolicyDocument extends StewardedRecord {

	public static final int NUMBER_LENGTH = 100;

	public static final int ISSUING_BODY_LENGTH = 300;

	public static final int TITLE_LENGTH = 500;

	public static final int SUMMARY_LENGTH = 4000;

	public static final int PROVISIONS_LENGTH = 8000;

	@Enumerated(EnumType.STRING)
	private PolicyKind kind;

	@Column(length = NUMBER_LENGTH)
	private String number;

	@Column(length = ISSUING_BODY_LENGTH)
	private String issuingBody;

	@Column(length = TITLE_LENGTH)
	private String title;

	private LocalDate issuedOn;

	@Enumerated(EnumType.STRING)
	private DatePrecision issuedPrecision;

	private LocalDate inForceOn;

	@Enumerated(EnumType.STRING)
	private DatePrecision inForcePrecision;

	@Column(length = SUMMARY_LENGTH)
	private String summary;

	@Column(length = PROVISIONS_LENGTH)
	private String provisions;

	private Long supersededById;

	protected PolicyDocument() {
	}

	PolicyDocument(PolicyDraft draft, Stewardship stewardship) {
		apply(draft, stewardship);
	}

	void apply(PolicyDraft draft, Stewardship stewardship) {
		this.stewardship = stewardship;
		this.kind = draft.kind();
		this.number = draft.number();
		this.issuingBody = draft.issuingBody();
		this.title = draft.title().trim();
		this.issuedOn = draft.issuedOn() == null ? null : draft.issuedOn().date();
		this.issuedPrecision = draft.issuedOn() == null ? null : draft.issuedOn().precision();
		this.inForceOn = draft.inForceOn() == null ? null : draft.inForceOn().date();
		this.inForcePrecision = draft.inForceOn() == null ? null : draft.inForceOn().precision();
		this.summary = draft.summary();
		this.provisions = draft.provisions();
		this.supersededById = draft.supersededById();
		this.source = draft.source();
		listedAs(title, number, title, issuingBody, summary, provisions);
	}

	public PolicyKind getKind() {
		return kind;
	}

	public String getNumber() {
		return number;
	}

	public String getIssuingBody() {
		return issuingBody;
	}

	public String getTitle() {
		return title;
	}

	public LocalDate getIssuedOn() {
		return issuedOn;
	}

	public DatePrecision getIssuedPrecision() {
		return issuedPrecision;
	}

	public PartialDate getIssued() {
		return PartialDate.of(issuedOn, issuedPrecision);
	}

	public LocalDate getInForceOn() {
		return inForceOn;
	}

	public DatePrecision getInForcePrecision() {
		return inForcePrecision;
	}

	public PartialDate getInForce() {
		return PartialDate.of(inForceOn, inForcePrecision);
	}

	public String getSummary() {
		return summary;
	}

	public String getProvisions() {
		return provisions;
	}

	public Long getSupersededById() {
		return supersededById;
	}

}
