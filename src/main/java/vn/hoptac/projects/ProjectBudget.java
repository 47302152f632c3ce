package vn.hoptac.projects;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import vn.hoptac.shared.DatePrecision;
import vn.hoptac.shared.Qualifier;
import vn.hoptac.shared.Hundredths;

/**
 * A budget (IATI BudgetType 1 original / 2 revised, BudgetStatus 1 indicative / 2 committed) for a
 * period, in its original currency. The VND and USD equivalents are computed at the value date (the
 * period's start, as IATI has it), none when the period is unknown; {@code statedVnd}/{@code statedUsd}
 * are what the source itself gives as the equivalent. {@code funderPosition} is the participant row
 * (from 0) that provides it.
 */
@Embeddable
public record ProjectBudget(Integer type, Integer status, LocalDate periodStart,
		@Enumerated(EnumType.STRING) DatePrecision periodStartPrecision, LocalDate periodEnd,
		@Enumerated(EnumType.STRING) DatePrecision periodEndPrecision, LocalDate valueDate, BigDecimal amount,
		String currency, @Enumerated(EnumType.STRING) Qualifier amountQualifier, BigDecimal amountVnd,
		BigDecimal amountUsd, BigDecimal statedVnd, BigDecimal statedUsd,
		@Enumerated(EnumType.STRING) Qualifier statedQualifier, Integer funderPosition,
		@Column(length = Project.NOTE_LENGTH) String note) {

	public ProjectBudget {
		amount = Hundredths.stored(amount);
		statedVnd = Hundredths.stored(statedVnd);
		statedUsd = Hundredths.stored(statedUsd);
	}

	/** The same budget with its equivalents (and value date) as computed. */
	public ProjectBudget converted(LocalDate valueDate, Equivalent equivalent) {
		return new ProjectBudget(type, status, periodStart, periodStartPrecision, periodEnd, periodEndPrecision,
				valueDate, amount, currency, amountQualifier, equivalent == null ? null : equivalent.vnd(),
				equivalent == null ? null : equivalent.usd(), statedVnd, statedUsd, statedQualifier, funderPosition,
				note);
	}

}
