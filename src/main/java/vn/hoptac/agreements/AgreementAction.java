package vn.hoptac.agreements;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import vn.hoptac.shared.DatePrecision;
import vn.hoptac.shared.DatePrecision.PartialDate;

/**
 * One step in an agreement's life, as recorded; added, or withdrawn as a whole, never edited. The
 * date is the first day of the period the sources give (a year, a month or a day).
 */
@Embeddable
public record AgreementAction(@Enumerated(EnumType.STRING) ActionType type, @Column(name = "action_date") LocalDate date,
		@Enumerated(EnumType.STRING) DatePrecision datePrecision,
		@Column(length = Agreement.NOTE_LENGTH) String note, @Column(length = Agreement.SOURCE_LENGTH) String source,
		Instant recordedAt) {

	/** How precisely the date is known; rows recorded before precision was kept are days. */
	public DatePrecision precision() {
		return datePrecision == null ? DatePrecision.DAY : datePrecision;
	}

	public PartialDate partialDate() {
		return new PartialDate(date, precision());
	}

}
