package vn.hoptac.delegations;

import vn.hoptac.shared.DatePrecision.PartialDate;

/** A planned delegation as stated; {@code id} names an item already in the plan, null a new one. */
public record PlanItemDraft(Long id, DelegationDirection direction, PartialDate plannedOn, String headTitle,
		Long foreignLocalityId, Long foreignOrganisationId, String purpose, PlanItemStatus status) {
}
