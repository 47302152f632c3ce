package vn.hoptac.monitoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import org.hibernate.Hibernate;

import vn.hoptac.shared.Qualifier;
import vn.hoptac.shared.StewardedRecord;
import vn.hoptac.shared.Stewardship;

/**
 * An indicator of a result: how it is measured, its baseline, and its periods with targets and
 * (approved) actuals. It is kept and read with its framework's stewardship.
 */
@Entity
@Table(name = "indicator")
public class Indicator extends StewardedRecord {

	public static final int TITLE_LENGTH = 500;

	public static final int UNIT_LENGTH = 100;

	public static final int SDG_LENGTH = 12;

	public static final int COMMENT_LENGTH = 1000;

	public static final int DESCRIPTION_LENGTH = 4000;

	public static final int SOURCE_LENGTH = 500;

	private Long frameworkId;

	private Long resultId;

	@Column(length = TITLE_LENGTH)
	private String title;

	@Enumerated(EnumType.STRING)
	private IndicatorMeasure measure;

	private boolean ascending;

	@Column(length = UNIT_LENGTH)
	private String unit;

	@Column(length = DESCRIPTION_LENGTH)
	private String description;

	private Integer baselineYear;

	private BigDecimal baselineValue;

	@Column(length = MeasuredValue.TEXT_LENGTH)
	private String baselineText;

	@Enumerated(EnumType.STRING)
	private Qualifier baselineQualifier;

	@Column(length = COMMENT_LENGTH)
	private String baselineComment;

	@ElementCollection
	@CollectionTable(name = "indicator_sdg", joinColumns = @JoinColumn(name = "indicator_id"))
	@OrderColumn(name = "position")
	@Column(name = "code", length = SDG_LENGTH)
	private List<String> sdgIndicators = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "indicator_dimension", joinColumns = @JoinColumn(name = "indicator_id"))
	@OrderColumn(name = "position")
	@Column(name = "dimension", length = DisaggregatedValue.DIMENSION_LENGTH)
	private List<String> dimensions = new ArrayList<>();

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
	@JoinColumn(name = "indicator_id", nullable = false)
	@OrderColumn(name = "position")
	private List<IndicatorPeriod> periods = new ArrayList<>();

	protected Indicator() {
	}

	Indicator(long frameworkId, IndicatorDraft draft, Stewardship stewardship) {
		this.frameworkId = frameworkId;
		apply(draft, stewardship);
	}

	/** Keeps the periods the draft names by id (with their actuals), adds new ones, in start order. */
	void apply(IndicatorDraft draft, Stewardship stewardship) {
		this.stewardship = stewardship;
		this.resultId = draft.resultId();
		this.title = draft.title().trim();
		this.measure = draft.measure();
		this.ascending = draft.ascending();
		this.unit = draft.unit();
		this.description = draft.description();
		this.baselineYear = draft.baselineYear();
		this.baselineValue = draft.baseline().number();
		this.baselineText = draft.baseline().text();
		this.baselineQualifier = draft.baseline().qualifier();
		this.baselineComment = draft.baselineComment();
		this.source = draft.source();
		this.sdgIndicators.clear();
		this.sdgIndicators.addAll(draft.sdgIndicators());
		this.dimensions.clear();
		this.dimensions.addAll(draft.dimensions());
		Map<Long, IndicatorPeriod> kept = periods.stream()
			.collect(Collectors.toMap(IndicatorPeriod::getId, Function.identity()));
		List<IndicatorPeriod> next = new ArrayList<>();
		for (IndicatorDraft.PeriodDraft p : draft.periods()) {
			IndicatorPeriod period = p.id() == null ? null : kept.get(p.id());
			if (period == null) {
				period = new IndicatorPeriod(p);
			}
			else {
				period.apply(p);
			}
			next.add(period);
		}
		next.sort(java.util.Comparator.comparing(IndicatorPeriod::getEndOn,
				java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder())));
		periods.clear();
		periods.addAll(next);
		listedAs(title, title, unit, description, String.join(" ", sdgIndicators));
	}

	void loadDetails() {
		Hibernate.initialize(sdgIndicators);
		Hibernate.initialize(dimensions);
		Hibernate.initialize(periods);
	}

	public java.util.Optional<IndicatorPeriod> period(Long periodId) {
		return periods.stream().filter(p -> p.getId().equals(periodId)).findFirst();
	}

	public Long getFrameworkId() {
		return frameworkId;
	}

	public Long getResultId() {
		return resultId;
	}

	public String getTitle() {
		return title;
	}

	public IndicatorMeasure getMeasure() {
		return measure;
	}

	public boolean isAscending() {
		return ascending;
	}

	public String getUnit() {
		return unit;
	}

	public String getDescription() {
		return description;
	}

	public Integer getBaselineYear() {
		return baselineYear;
	}

	public MeasuredValue getBaseline() {
		return new MeasuredValue(baselineValue, baselineText, baselineQualifier);
	}

	public String getBaselineComment() {
		return baselineComment;
	}

	public List<String> getSdgIndicators() {
		return sdgIndicators;
	}

	public List<String> getDimensions() {
		return dimensions;
	}

	public List<IndicatorPeriod> getPeriods() {
		return periods;
	}

}
