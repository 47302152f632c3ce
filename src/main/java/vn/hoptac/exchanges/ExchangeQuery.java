package vn.hoptac.exchanges;

import vn.hoptac.partners.CooperationField;

/**
 * Filters of the exchange list and its statistics; null means "any". {@code localityId} covers
 * the locality's history over the year range (the roll-up through mergers); the years are those
 * in which an exchange starts.
 */
public record ExchangeQuery(String text, String country, Long localityId, Long partnershipId, ExchangeKind kind,
		ExchangeStatus status, CooperationField field, Integer yearFrom, Integer yearTo) {
}
