package vn.hoptac.delegations;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import vn.hoptac.shared.DatePrecision;
import vn.hoptac.shared.DatePrecision.PartialDate;

/** A step recorded on a plan's path, dated as precisely as it is known. */
@Embeddable
public record PlanStepEntry(@Enumerated(EnumType.STRING) PlanStep step, LocalDate stepOn,
		@Enumerated(EnumType.STRING) DatePrecision stepPrecision,
		@Column(length = Delegation.NOTE_LENGTH) String documentRef, @Column(length = Delegation.NOTE_LENGTH) String note,
		Instant recordedAt) {

	public PartialDate date() {
		return PartialDate.of(stepOn, stepPrecision);
	}

}
