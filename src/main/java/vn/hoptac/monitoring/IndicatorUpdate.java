package vn.hoptac.monitoring;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import org.hibernate.Hibernate;

import vn.hoptac.shared.Qualifier;
import vn.hoptac.shared.KeptRecord;
import vn.hoptac.shared.Stewardship;

/**
 * An actual reported for a period: drafted and submitted by an officer, approved (it becomes the
 * period's actual) or returned with a comment by the province administrator.
 */
@Entity
@Table(name = "indicator_update")
public class IndicatorUpdate extends KeptRecord {

	public static final int NARRATIVE_LENGTH = 4000;

	public static final int COMMENT_LENGTH = 1000;

	static final int USERNAME_LENGTH = 100;

	private Long indicatorId;

	private Long periodId;

	@Enumerated(EnumType.STRING)
	private UpdateStatus status;

	private BigDecimal actualValue;

	@Column(length = MeasuredValue.TEXT_LENGTH)
	private String actualText;

	@Enumerated(EnumType.STRING)
	private Qualifier qualifier;

	@Column(length = NARRATIVE_LENGTH)
	private String narrative;

	@Column(length = COMMENT_LENGTH)
	private String reviewComment;

	@Column(length = USERNAME_LENGTH)
	private String createdBy;

	@Column(length = USERNAME_LENGTH)
	private String submittedBy;

	private Instant submittedAt;

	@Column(length = USERNAME_LENGTH)
	private String decidedBy;

	private Instant decidedAt;

	@ElementCollection
	@CollectionTable(name = "indicator_update_evidence", joinColumns = @JoinColumn(name = "update_id"))
	@OrderColumn(name = "position")
	private List<Evidence> evidence = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "indicator_update_value", joinColumns = @JoinColumn(name = "update_id"))
	@OrderColumn(name = "position")
	private List<DisaggregatedValue> values = new ArrayList<>();

	protected IndicatorUpdate() {
	}

	IndicatorUpdate(long indicatorId, UpdateDraft draft, String createdBy, Stewardship stewardship) {
		this.indicatorId = indicatorId;
		this.createdBy = createdBy;
		this.status = UpdateStatus.DRAFT;
		apply(draft, stewardship);
	}

	void apply(UpdateDraft draft, Stewardship stewardship) {
		this.stewardship = stewardship;
		this.periodId = draft.periodId();
		this.actualValue = draft.actual().number();
		this.actualText = draft.actual().text();
		this.qualifier = draft.actual().qualifier() == null ? Qualifier.EXACT : draft.actual().qualifier();
		this.narrative = draft.narrative();
		this.evidence.clear();
		this.evidence.addAll(draft.evidence());
		this.values.clear();
		this.values.addAll(draft.values());
	}

	void submit(String by, Instant at) {
		this.status = UpdateStatus.SUBMITTED;
		this.submittedBy = by;
		this.submittedAt = at;
	}

	/** Approved or returned: who decided, when, and (returned) why. */
	void decide(UpdateStatus decision, String comment, String by, Instant at) {
		this.status = decision;
		this.reviewComment = comment;
		this.decidedBy = by;
		this.decidedAt = at;
	}

	void loadDetails() {
		Hibernate.initialize(evidence);
		Hibernate.initialize(values);
	}

	public Long getIndicatorId() {
		return indicatorId;
	}

	public Long getPeriodId() {
		return periodId;
	}

	public UpdateStatus getStatus() {
		return status;
	}

	public MeasuredValue getActual() {
		return new MeasuredValue(actualValue, actualText, qualifier);
	}

	public String getNarrative() {
		return narrative;
	}

	public String getReviewComment() {
		return reviewComment;
	}

	public String getCreatedBy() {
		return createdBy;
	}

	public String getSubmittedBy() {
		return submittedBy;
	}

	public Instant getSubmittedAt() {
		return submittedAt;
	}

	public String getDecidedBy() {
		return decidedBy;
	}

	public Instant getDecidedAt() {
		return decidedAt;
	}

	public List<Evidence> getEvidence() {
		return evidence;
	}

	public List<DisaggregatedValue> getValues() {
		return values;
	}

}
