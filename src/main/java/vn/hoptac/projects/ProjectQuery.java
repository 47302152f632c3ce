package vn.hoptac.projects;

import vn.hoptac.partners.CooperationField;

/**
 * Filters of the project list; null means "any". {@code sector} is a DAC 5-digit code or a 3-digit
 * category; {@code status} an IATI ActivityStatus code (1: the proposals pipeline); {@code localityId}
 * covers the province's history (its Vietnamese party and locations); {@code participant} an
 * organisation taking part in any role.
 */
public record ProjectQuery(String text, ProjectModality modality, String status, ProposalStage proposalStage,
		String sector, String country, Long localityId, Long partnershipId, Long participant, CooperationField field,
		Integer yearFrom, Integer yearTo) {
}
