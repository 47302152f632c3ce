package vn.hoptac.monitoring.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.validation.constraints.Size;

import vn.hoptac.monitoring.Indicator;
import vn.hoptac.monitoring.IndicatorDraft;
import vn.hoptac.monitoring.IndicatorMeasure;
import vn.hoptac.monitoring.IndicatorPeriod;
import vn.hoptac.monitoring.MeasuredValue;
import vn.hoptac.shared.DecimalInput;
import vn.hoptac.shared.FormErrors;
import vn.hoptac.shared.FormFields;
import vn.hoptac.shared.PartialDates;
import vn.hoptac.shared.RuleViolationException;

/**
 * The page form of an indicator: how it is measured, its SDG references and disaggregations (comma
 * separated), its baseline and its periods with targets as rows. A value is a number for a
 * quantitative measure, text for a qualitative one; the service's objections to a value land on the
 * number's field.
 */
public class IndicatorForm implements FormErrors.RowsForm {

	static final int BLANK_ROWS = 2;

	private Long resultId;

	@Size(max = Indicator.TITLE_LENGTH)
	private String title;

	private IndicatorMeasure measure;

	private boolean ascending = true;

	@Size(max = Indicator.UNIT_LENGTH)
	private String unit;

	private String sdgIndicators;

	private String dimensions;

	private Integer baselineYear;

	@DecimalInput
	private BigDecimal baselineNumber;

	@Size(max = MeasuredValue.TEXT_LENGTH)
	private String baselineText;

	@Size(max = Indicator.COMMENT_LENGTH)
	private String baselineComment;

	private List<PeriodRow> periods = new ArrayList<>();

	@Size(max = Indicator.DESCRIPTION_LENGTH)
	private String description;

	@Size(max = Indicator.SOURCE_LENGTH)
	private String source;

	private Long version;

	static IndicatorForm blank() {
		return new IndicatorForm().withBlankRows();
	}

	static IndicatorForm of(Indicator indicator) {
		IndicatorForm form = new IndicatorForm();
		form.resultId = indicator.getResultId();
		form.title = indicator.getTitle();
		form.measure = indicator.getMeasure();
		form.ascending = indicator.isAscending();
		form.unit = indicator.getUnit();
		form.sdgIndicators = String.join(", ", indicator.getSdgIndicators());
		form.dimensions = String.join(", ", indicator.getDimensions());
		form.baselineYear = indicator.getBaselineYear();
		form.baselineNumber = indicator.getBaseline().number();
		form.baselineText = indicator.getBaseline().text();
		form.baselineComment = indicator.getBaselineComment();
		indicator.getPeriods().forEach(p -> form.periods.add(PeriodRow.of(p)));
		form.description = indicator.getDescription();
		form.source = indicator.getSource();
		form.version = indicator.getVersion();
		return form.withBlankRows();
	}

	/** The draft, or the dates that are not dates, each named at its row's field. */
	IndicatorDraft toDraft() {
		var errors = new RuleViolationException.Collector();
		List<IndicatorDraft.PeriodDraft> drafts = new ArrayList<>();
		for (int i = 0; i < periods.size(); i++) {
			PeriodRow p = periods.get(i);
			drafts.add(new IndicatorDraft.PeriodDraft(p.getId(),
					PartialDates.parse(FormFields.trimmed(p.getStart()), "periods[" + i + "].start", errors),
					PartialDates.parse(FormFields.trimmed(p.getEnd()), "periods[" + i + "].end", errors),
					new MeasuredValue(p.getTargetNumber(), p.getTargetText(), null)));
		}
		errors.throwIfAny();
		return new IndicatorDraft(resultId, FormFields.trimmed(title), measure, ascending, FormFields.trimmed(unit),
				list(sdgIndicators), list(dimensions), baselineYear, new MeasuredValue(baselineNumber, baselineText, null),
				FormFields.trimmed(baselineComment), drafts, FormFields.trimmed(description), FormFields.trimmed(source));
	}

	/** The service's fields as this form names them: a value is its number; an SDG code the one list. */
	static RuleViolationException onFormFields(RuleViolationException violations) {
		return new RuleViolationException(violations.violations()
			.stream()
			.map(v -> new RuleViolationException.Violation(v.field()
				.replaceAll("^baseline$", "baselineNumber")
				.replaceAll("^(periods\\[\\d+\\])\\.target$", "$1.targetNumber")
				.replaceAll("^sdgIndicators\\[\\d+\\]$", "sdgIndicators"), v.messageKey(), v.args()))
			.toList());
	}

	private static List<String> list(String commaSeparated) {
		return commaSeparated == null ? List.of() : Arrays.stream(commaSeparated.split("[,;]")).toList();
	}

	@Override
	public void dropBlankRows() {
		periods = new ArrayList<>(periods.stream().filter(p -> !p.isBlank()).toList());
	}

	@Override
	public IndicatorForm withBlankRows() {
		for (int i = 0; i < BLANK_ROWS; i++) {
			periods.add(new PeriodRow());
		}
		return this;
	}

	public Long getResultId() {
		return resultId;
	}

	public void setResultId(Long resultId) {
		this.resultId = resultId;
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public IndicatorMeasure getMeasure() {
		return measure;
	}

	public void setMeasure(IndicatorMeasure measure) {
		this.measure = measure;
	}

	public boolean isAscending() {
		return ascending;
	}

	public void setAscending(boolean ascending) {
		this.ascending = ascending;
	}

	public String getUnit() {
		return unit;
	}

	public void setUnit(String unit) {
		this.unit = unit;
	}

	public String getSdgIndicators() {
		return sdgIndicators;
	}

	public void setSdgIndicators(String sdgIndicators) {
		this.sdgIndicators = sdgIndicators;
	}

	public String getDimensions() {
		return dimensions;
	}

	public void setDimensions(String dimensions) {
		this.dimensions = dimensions;
	}

	public Integer getBaselineYear() {
		return baselineYear;
	}

	public void setBaselineYear(Integer baselineYear) {
		this.baselineYear = baselineYear;
	}

	public BigDecimal getBaselineNumber() {
		return baselineNumber;
	}

	public void setBaselineNumber(BigDecimal baselineNumber) {
		this.baselineNumber = baselineNumber;
	}

	public String getBaselineText() {
		return baselineText;
	}

	public void setBaselineText(String baselineText) {
		this.baselineText = baselineText;
	}

	public String getBaselineComment() {
		return baselineComment;
	}

	public void setBaselineComment(String baselineComment) {
		this.baselineComment = baselineComment;
	}

	public List<PeriodRow> getPeriods() {
		return periods;
	}

	public void setPeriods(List<PeriodRow> periods) {
		this.periods = periods;
	}

	public String getDescription() {
		return description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public String getSource() {
		return source;
	}

	public void setSource(String source) {
		this.source = source;
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	/** A period: its start and end as partial dates ("2025", "2025-07"), its target. */
	public static class PeriodRow {

		private Long id;

		private String start;

		private String end;

		@DecimalInput
		private BigDecimal targetNumber;

		private String targetText;

		public PeriodRow() {
		}

		static PeriodRow of(IndicatorPeriod period) {
			PeriodRow row = new PeriodRow();
			row.id = period.getId();
			row.start = period.getStart() == null ? null : period.getStart().toString();
			row.end = period.getEnd() == null ? null : period.getEnd().toString();
			row.targetNumber = period.getTarget().number();
			row.targetText = period.getTarget().text();
			return row;
		}

		boolean isBlank() {
			return id == null && (start == null || start.isBlank()) && (end == null || end.isBlank())
					&& targetNumber == null && (targetText == null || targetText.isBlank());
		}

		public Long getId() {
			return id;
		}

		public void setId(Long id) {
			this.id = id;
		}

		public String getStart() {
			return start;
		}

		public void setStart(String start) {
			this.start = start;
		}

		public String getEnd() {
			return end;
		}

		public void setEnd(String end) {
			this.end = end;
		}

		public BigDecimal getTargetNumber() {
			return targetNumber;
		}

		public void setTargetNumber(BigDecimal targetNumber) {
			this.targetNumber = targetNumber;
		}

		public String getTargetText() {
			return targetText;
		}

		public void setTargetText(String targetText) {
			this.targetText = targetText;
		}
	}

}
