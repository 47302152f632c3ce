package vn.hoptac.partners;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import vn.hoptac.shared.DatePrecision;

/** From {@code validFrom} on, the partnership stood at this status. */
@Embeddable
public record StatusChange(@Enumerated(EnumType.STRING) PartnershipStatus status, LocalDate validFrom,
		@Enumerated(EnumType.STRING) DatePrecision datePrecision, @Column(length = Partnership.NOTE_LENGTH) String note,
		@Column(length = Partnership.SOURCE_LENGTH) String source) {
}
