package vn.hoptac.monitoring;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** An actual for one category of one of the indicator's dimensions ("sex" / "female": 412). */
@Embeddable
public record DisaggregatedValue(@Column(name = "dimension", length = DIMENSION_LENGTH) String dimension,
		@Column(name = "category", length = CATEGORY_LENGTH) String category, @Column(name = "actual_value") BigDecimal value) {

	public static final int DIMENSION_LENGTH = 100;

	public static final int CATEGORY_LENGTH = 200;

}
