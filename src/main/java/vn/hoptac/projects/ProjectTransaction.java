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
 * A transaction (IATI TransactionType: 2 outgoing commitment, 11 incoming commitment, 3 disbursement,
 * 4 expenditure, …) in its original currency, dated as precisely as the source does, with its VND and
 * USD equivalents at the rate in force on that date (a bound: its year's).
 */
@Embeddable
public record ProjectTransaction(Integer type, LocalDate transactionOn,
		@Enumerated(EnumType.STRING) DatePrecision transactionPrecision, BigDecimal amount, String currency,
		@Enumerated(EnumType.STRING) Qualifier amountQualifier, BigDecimal amountVnd, BigDecimal amountUsd,
		BigDecimal statedVnd, BigDecimal statedUsd, @Enumerated(EnumType.STRING) Qualifier statedQualifier,
		Long providerOrganisationId, Long receiverOrganisationId, Long receiverLocalityId,
		@Column(length = Project.NOTE_LENGTH) String description) {

	public ProjectTransaction {
		amount = Hundredths.stored(amount);
		statedVnd = Hundredths.stored(statedVnd);
		statedUsd = Hundredths.stored(statedUsd);
	}

	/** The same transaction with its equivalents as computed. */
	public ProjectTransaction converted(Equivalent equivalent) {
		return new ProjectTransaction(type, transactionOn, transactionPrecision, amount, currency, amountQualifier,
				equivalent == null ? null : equivalent.vnd(), equivalent == null ? null : equivalent.usd(), statedVnd,
				statedUsd, statedQualifier, providerOrganisationId, receiverOrganisationId, receiverLocalityId,
				description);
	}

}
