package vn.hoptac.agreements;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import vn.hoptac.shared.DatePrecision;

/**
 * One step in an agreement's life, as recorded; never edited, only added. Its date is as precise
 * as its source states it (a user records a day; seed data may give only a year or a month).
 */
@Embeddable
public record AgreementAction(@Enumerated(EnumType.STRING) ActionType type, @Column(name = "action_date") LocalDate date,
		@Enumerated(EnumType.STRING) DatePrecision datePrecision,
		@Column(length = Agreement.NOTE_LENGTH) String note, @Column(length = Agreement.SOURCE_LENGTH) String source,
		Instant recordedAt) {
}
