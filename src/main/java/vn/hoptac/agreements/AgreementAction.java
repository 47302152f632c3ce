package vn.hoptac.agreements;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One step in an agreement's life, as recorded; never edited, only added. */
@Embeddable
public record AgreementAction(@Enumerated(EnumType.STRING) ActionType type, @Column(name = "action_date") LocalDate date,
		@Column(length = Agreement.NOTE_LENGTH) String note, @Column(length = Agreement.SOURCE_LENGTH) String source,
		Instant recordedAt) {
}
