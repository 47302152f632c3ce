package vn.hoptac.events;

/**
 * Filters of the event list; null means "any". {@code localityId} covers the Vietnamese party's
 * and the venue's locality history over the years in which events start.
 */
public record EventQuery(String text, String country, Long localityId, Long partnershipId, EventKind kind,
		EventRole role, Integer yearFrom, Integer yearTo) {
}
