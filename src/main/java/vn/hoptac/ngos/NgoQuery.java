package vn.hoptac.ngos;

import java.time.LocalDate;

import vn.hoptac.partners.CooperationField;

/**
 * Filters of the NGO list; null means "any". {@code validToBefore} finds the NGOs with a valid
 * certificate whose validity ends on or before that day (certificates expiring).
 */
public record NgoQuery(String text, String country, Long localityId, NgoStatus status,
		CertificateType certificateType, CooperationField field, LocalDate validToBefore) {
}
