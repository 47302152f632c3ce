package vn.hoptac.money;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A rate as an administrator states it (a row of an uploaded file, or of the shipped one). */
public record RateDraft(String currency, LocalDate validFrom, LocalDate validTo, BigDecimal vndPerUnit,
		RateKind kind, String source) {

	/** A yearly rate: 1 January to 31 December. */
	public static RateDraft yearly(String currency, int year, BigDecimal vndPerUnit, RateKind kind, String source) {
		return new RateDraft(currency, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), vndPerUnit, kind,
				source);
	}

	boolean overlaps(RateDraft other) {
		return currency.equals(other.currency()) && !validTo.isBefore(other.validFrom())
				&& !other.validTo().isBefore(validFrom);
	}

}
