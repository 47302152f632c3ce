package vn.hoptac.monitoring;

import java.math.BigDecimal;
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
import vn.hoptac.shared.Qualifier;

/**
 * A reporting period of an indicator: its target, and its actual, which is the value of the
 * update last approved for it (incremental: what happened within the period, not a running total).
 */
@Entity
@Table(name = "indicator_period")
public class IndicatorPeriod {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private LocalDate startOn;

	@Enumerated(EnumType.STRING)
	private DatePrecision startPrecision;

	private LocalDate endOn;

	@Enumerated(EnumType.STRING)
	private DatePrecision endPrecision;

	private BigDecimal targetValue;

	@Column(length = MeasuredValue.TEXT_LENGTH)
	private String targetText;

	@Enumerated(EnumType.STRING)
	private Qualifier targetQualifier;

	private BigDecimal actualValue;

	@Column(length = MeasuredValue.TEXT_LENGTH)
	private String actualText;

	@Enumerated(EnumType.STRING)
	private Qualifier actualQualifier;

	private Long actualUpdateId;

	protected IndicatorPeriod() {
	}

	IndicatorPeriod(IndicatorDraft.PeriodDraft draft) {
		apply(draft);
	}

	void apply(IndicatorDraft.PeriodDraft draft) {
		this.startOn = draft.start() == null ? null : draft.start().date();
		this.startPrecision = draft.start() == null ? null : draft.start().precision();
		this.endOn = draft.end().date();
		this.endPrecision = draft.end().precision();
		this.targetValue = draft.target().number();
		this.targetText = draft.target().text();
		this.targetQualifier = draft.target().qualifier();
	}

	/** The approved update's value becomes the period's actual. */
	void approved(IndicatorUpdate update) {
		this.actualValue = update.getActual().number();
		this.actualText = update.getActual().text();
		this.actualQualifier = update.getActual().qualifier();
		this.actualUpdateId = update.getId();
	}

	public Long getId() {
		return id;
	}

	public PartialDate getStart() {
		return PartialDate.of(startOn, startPrecision);
	}

	public PartialDate getEnd() {
		return PartialDate.of(endOn, endPrecision);
	}

	public LocalDate getStartOn() {
		return startOn;
	}

	public LocalDate getEndOn() {
		return endOn;
	}

	public MeasuredValue getTarget() {
		return new MeasuredValue(targetValue, targetText, targetQualifier);
	}

	public MeasuredValue getActual() {
		return new MeasuredValue(actualValue, actualText, actualQualifier);
	}

	public Long getActualUpdateId() {
		return actualUpdateId;
	}

}
