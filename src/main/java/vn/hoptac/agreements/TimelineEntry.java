package vn.hoptac.agreements;

import java.time.LocalDate;

/**
 * An action as shown to a reader: with the statutory deadline it starts, when that was met, and
 * whether it was (or is) missed.
 */
public record TimelineEntry(AgreementAction action, StatutoryDeadline deadline, LocalDate dueDate,
		LocalDate fulfilledOn, boolean overdue) {
}
