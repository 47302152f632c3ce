package vn.hoptac.forums;

import vn.hoptac.partners.Pillar;

/**
 * Filters of the forum list; null means "any". {@code localityId} is the province (or a locality of
 * its history) the forum belongs to.
 */
public record ForumQuery(String text, Long localityId, Long partnershipId, ForumKind kind, Integer year,
		Pillar pillar, FollowUpProgress followUps) {
}
