package vn.hoptac.reports;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import vn.hoptac.shared.KeptRecord;
import vn.hoptac.shared.Stewardship;
import vn.hoptac.shared.Visibility;

/**
 * One version of a province's report for a period: the officer's text and, once submitted, the
 * figures as sent (JSON of {@link ReportFigures}), from which it is rendered ever after.
 */
@Entity
@Table(name = "report")
public class Report extends KeptRecord {

	public static final int SUMMARY_LENGTH = 4000;

	public static final int PROBLEMS_LENGTH = 8000;

	private Long provinceId;

	@Enumerated(EnumType.STRING)
	private ReportKind kind;

	private int periodYear;

	private int periodHalf;

	private int number;

	@Column(length = SUMMARY_LENGTH)
	private String summary;

	@Column(length = PROBLEMS_LENGTH)
	private String problems;

	@Enumerated(EnumType.STRING)
	private ReportStatus status;

	private Instant submittedAt;

	private String submittedBy;

	@Column(length = 1_000_000)
	private String frozenFigures;

	protected Report() {
	}

	Report(long provinceId, ReportPeriod period, int number) {
		this.provinceId = provinceId;
		this.kind = period.kind();
		this.periodYear = period.year();
		this.periodHalf = period.half();
		this.number = number;
		this.status = ReportStatus.DRAFT;
		this.stewardship = new Stewardship(provinceId, null, Visibility.INTERNAL);
	}

	void write(String summary, String problems) {
		this.summary = summary;
		this.problems = problems;
	}

	void freeze(String figures, String by, Instant at) {
		this.frozenFigures = figures;
		this.submittedBy = by;
		this.submittedAt = at;
		this.status = ReportStatus.SUBMITTED;
	}

	public boolean isSubmitted() {
		return status == ReportStatus.SUBMITTED;
	}

	public Long getProvinceId() {
		return provinceId;
	}

	public ReportPeriod getPeriod() {
		return new ReportPeriod(kind, periodYear, periodHalf);
	}

	public int getNumber() {
		return number;
	}

	public String getSummary() {
		return summary;
	}

	public String getProblems() {
		return problems;
	}

	public ReportStatus getStatus() {
		return status;
	}

	public Instant getSubmittedAt() {
		return submittedAt;
	}

	public String getSubmittedBy() {
		return submittedBy;
	}

	String getFrozenFigures() {
		return frozenFigures;
	}

}
