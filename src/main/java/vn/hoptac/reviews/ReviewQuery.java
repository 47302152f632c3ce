package vn.hoptac.reviews;

/** Filters of the review list; null means "any". */
public record ReviewQuery(String text, Long partnershipId, ReviewKind kind, ReviewConclusion conclusion,
		Integer year) {
}
