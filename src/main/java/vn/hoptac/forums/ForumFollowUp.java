package vn.hoptac.forums;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * An action a forum agreed on: who answers for it (a person's name or an organisation, as written),
 * by which day, and whether it is done (on which day) or dropped.
 */
@Embeddable
public record ForumFollowUp(@Column(length = Forum.TEXT_LENGTH) String action,
		@Column(length = Forum.OWNER_LENGTH) String owner, LocalDate dueOn,
		@Enumerated(EnumType.STRING) ForumActionStatus status, LocalDate doneOn) {

	/** Still open after its due day. */
	public boolean overdueOn(LocalDate today) {
		return status == ForumActionStatus.OPEN && dueOn != null && dueOn.isBefore(today);
	}

}
