package vn.hoptac.agreements;

/** A statutory deadline still open (the action that meets it is missing), with its agreement. */
public record PendingDeadline(Agreement agreement, TimelineEntry deadline) {
}
