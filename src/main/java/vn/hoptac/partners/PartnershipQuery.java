package vn.hoptac.partners;

/**
 * Filters of the partnership list; null means "any". {@code localityId} covers the locality's
 * history (predecessors and units under it) over the year range.
 */
public record PartnershipQuery(String text, String country, Long localityId, PartnershipType type,
		PartnershipStatus status, PartnershipLevel level, CooperationField field, Integer yearFrom, Integer yearTo) {
}
