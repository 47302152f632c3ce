package vn.hoptac.events;

/** Filters of the membership list; null means "any". {@code localityId} covers the member's locality history. */
public record MembershipQuery(String text, Long localityId, Long networkOrganisationId, MembershipKind kind,
		MembershipStatus status) {
}
