package vn.hoptac.delegations;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** Something agreed during a delegation that someone has to do, by a day if one was set. */
@Embeddable
public record FollowUp(@Column(length = Delegation.NOTE_LENGTH) String action, Long responsibleUserId, LocalDate dueOn,
		LocalDate doneOn, @Enumerated(EnumType.STRING) FollowUpStatus status) {
}
