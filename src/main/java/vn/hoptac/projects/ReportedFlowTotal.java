package vn.hoptac.projects;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import vn.hoptac.shared.DatePrecision;
import vn.hoptac.shared.DatePrecision.PartialDate;
import vn.hoptac.shared.Qualifier;
import vn.hoptac.shared.Stewardship;
import vn.hoptac.shared.Text;
import vn.hoptac.shared.StewardedRecord;
import vn.hoptac.shared.Hundredths;

/** A reported total of a flow for a period ({@link ReportedFlowTotalDraft}), with its qualifier and source. */
@Entity
@Table(name = "reported_flow_total")
public class ReportedFlowTotal extends StewardedRecord {

	public static final int NOTE_LENGTH = 1000;

	public static final int SOURCE_LENGTH = 500;

	private Long vnLocalityId;

	private Long vnOrganisationId;

	private String foreignCountry;

	@Enumerated(EnumType.STRING)
	private ProjectModality modality;

	@Enumerated(EnumType.STRING)
	private FlowMetric metric;

	private BigDecimal amount;

	private String currency;

	@Enumerated(EnumType.STRING)
	private Qualifier qualifier;

	private LocalDate periodFrom;

	@Enumerated(EnumType.STRING)
	private DatePrecision periodFromPrecision;

	private LocalDate periodTo;

	@Enumerated(EnumType.STRING)
	private DatePrecision periodToPrecision;

	@Column(length = NOTE_LENGTH)
	private String note;

	protected ReportedFlowTotal() {
	}

	ReportedFlowTotal(ReportedFlowTotalDraft draft, Stewardship stewardship) {
		apply(draft, stewardship);
	}

	void apply(ReportedFlowTotalDraft draft, Stewardship stewardship) {
		this.stewardship = stewardship;
		this.vnLocalityId = draft.vnLocalityId();
		this.vnOrganisationId = draft.vnOrganisationId();
		this.foreignCountry = draft.foreignCountry();
		this.modality = draft.modality();
		this.metric = draft.metric();
		this.amount = Hundredths.stored(draft.amount());
		this.currency = draft.currency();
		this.qualifier = draft.qualifier() == null ? Qualifier.EXACT : draft.qualifier();
		this.periodFrom = draft.periodFrom() == null ? null : draft.periodFrom().date();
		this.periodFromPrecision = draft.periodFrom() == null ? null : draft.periodFrom().precision();
		this.periodTo = draft.periodTo() == null ? null : draft.periodTo().date();
		this.periodToPrecision = draft.periodTo() == null ? null : draft.periodTo().precision();
		this.note = draft.note();
		this.source = draft.source();
		this.searchText = Text.fit(Text.searchText(note, source), Project.SEARCH_TEXT_LENGTH);
		this.sortKey = Text.fit(Text.sortKey(metric.name()), Project.SORT_KEY_LENGTH);
	}

	public PartialDate from() {
		return PartialDate.of(periodFrom, periodFromPrecision);
	}

	public PartialDate to() {
		return PartialDate.of(periodTo, periodToPrecision);
	}

	/** A short name for the audit log: what it counts and how much. */
	String summary() {
		return metric + " " + qualifier + " " + (amount == null ? "?" : amount.toPlainString())
				+ (currency == null ? "" : " " + currency);
	}

	public Long getVnLocalityId() {
		return vnLocalityId;
	}

	public Long getVnOrganisationId() {
		return vnOrganisationId;
	}

	public String getForeignCountry() {
		return foreignCountry;
	}

	public ProjectModality getModality() {
		return modality;
	}

	public FlowMetric getMetric() {
		return metric;
	}

	public BigDecimal getAmount() {
		return amount;
	}

	public String getCurrency() {
		return currency;
	}

	public Qualifier getQualifier() {
		return qualifier;
	}

	public LocalDate getPeriodFrom() {
		return periodFrom;
	}

	public DatePrecision getPeriodFromPrecision() {
		return periodFromPrecision;
	}

	public LocalDate getPeriodTo() {
		return periodTo;
	}

	public DatePrecision getPeriodToPrecision() {
		return periodToPrecision;
	}

	public String getNote() {
		return note;
	}

}
