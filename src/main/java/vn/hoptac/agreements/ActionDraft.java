package vn.hoptac.agreements;

import java.time.LocalDate;

/** An action a user records on an agreement. */
public record ActionDraft(ActionType type, LocalDate date, String note, String source) {
}
