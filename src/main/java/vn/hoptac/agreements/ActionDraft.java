package vn.hoptac.agreements;

import java.time.LocalDate;

import jakarta.validation.constraints.Size;

/** An action a user records on an agreement; also the body of its API call, checked against the column sizes. */
public record ActionDraft(ActionType type, LocalDate date, @Size(max = Agreement.NOTE_LENGTH) String note,
		@Size(max = Agreement.SOURCE_LENGTH) String source) {
}
