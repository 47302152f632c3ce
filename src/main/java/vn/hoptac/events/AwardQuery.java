package vn.hoptac.events;

/** Filters of the award list; null means "any". */
public record AwardQuery(String text, Long membershipId, Long eventId, Integer yearFrom, Integer yearTo) {
}
