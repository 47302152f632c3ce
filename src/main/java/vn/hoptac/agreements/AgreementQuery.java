package vn.hoptac.agreements;

import vn.hoptac.partners.CooperationField;

/**
 * Filters of the agreement list; null means "any". {@code status} is the latest action;
 * {@code localityId} covers the locality's history over the year range of signature.
 */
public record AgreementQuery(String text, String country, Long localityId, Long partnershipId, AgreementKind type,
		ActionType status, LegalBasis legalBasis, SignatoryLevel level, CooperationField field, Integer yearFrom,
		Integer yearTo) {
}
