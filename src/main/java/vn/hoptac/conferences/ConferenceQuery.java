package vn.hoptac.conferences;

import vn.hoptac.partners.CooperationField;

/**
 * Filters of the conference list; null means "any". {@code stage} is the latest step;
 * {@code yearFrom}/{@code yearTo} bound the start date ({@code year=2024&stage=HELD} is the year's
 * list for the report to MOFA); {@code localityId} covers the province's history over those years.
 */
public record ConferenceQuery(String text, String country, Long localityId, Long partnershipId, ConferenceKind kind,
		ConferenceStage stage, ApprovingAuthority authority, CooperationField field, Integer yearFrom,
		Integer yearTo) {
}
