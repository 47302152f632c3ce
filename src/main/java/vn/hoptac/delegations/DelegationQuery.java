package vn.hoptac.delegations;

import vn.hoptac.partners.CooperationField;

/**
 * Filters of the delegation list and statistics; null means "any". {@code localityId} covers the
 * Vietnamese party's locality with its history over the years; {@code planId} the delegations that
 * realise an item of that plan.
 */
public record DelegationQuery(String text, String country, Long localityId, Long partnershipId,
		DelegationDirection direction, DelegationStatus status, DelegationRank rank, CooperationField field,
		Integer yearFrom, Integer yearTo, Long planId) {

	public static DelegationQuery all() {
		return new DelegationQuery(null, null, null, null, null, null, null, null, null, null, null);
	}

	/** A locality's delegations (with its history) and no other filter. */
	public static DelegationQuery ofLocality(Long localityId) {
		return new DelegationQuery(null, null, localityId, null, null, null, null, null, null, null, null);
	}

}
