package vn.hoptac.delegations.web;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import vn.hoptac.delegations.Delegation;
import vn.hoptac.delegations.DelegationDirection;
import vn.hoptac.delegations.DelegationPlanDraft;
import vn.hoptac.delegations.PlanItemDraft;
import vn.hoptac.delegations.PlanItemStatus;
import vn.hoptac.delegations.PlanKind;
import vn.hoptac.delegations.web.DelegationPlanResponse.ItemResponse;
import vn.hoptac.shared.AcceptsFieldsOf;
import vn.hoptac.shared.PartialDates;
import vn.hoptac.shared.RuleViolationException;
import vn.hoptac.shared.Visibility;

/**
 * Body of POST and PUT of a plan. An item with an {@code id} is that item of the plan, changed;
 * one without is new; one left out is dropped (refused while a delegation realises it).
 */
@AcceptsFieldsOf(DelegationPlanResponse.class)
record DelegationPlanRequest(@Size(max = Delegation.TITLE_LENGTH) String title, Long vnLocalityId, Integer year,
		Integer half, PlanKind kind, LocalDate dueOn, List<@Valid ItemRequest> items,
		@Size(max = Delegation.SOURCE_LENGTH) String source, Visibility visibility, Long version) {

	/** A planned delegation. */
	@AcceptsFieldsOf(ItemResponse.class)
	record ItemRequest(Long id, DelegationDirection direction, String plannedOn,
			@Size(max = Delegation.POSITION_LENGTH) String headTitle, Long foreignLocalityId,
			Long foreignOrganisationId, @Size(max = Delegation.NOTE_LENGTH) String purpose, PlanItemStatus status) {
	}

	DelegationPlanDraft toDraft() {
		var errors = new RuleViolationException.Collector();
		List<PlanItemDraft> drafts = new java.util.ArrayList<>();
		List<ItemRequest> given = items == null ? List.of() : items;
		for (int i = 0; i < given.size(); i++) {
			ItemRequest item = given.get(i);
			drafts.add(new PlanItemDraft(item.id(), item.direction(),
					PartialDates.parse(item.plannedOn(), "items[" + i + "].plannedOn", errors), item.headTitle(),
					item.foreignLocalityId(), item.foreignOrganisationId(), item.purpose(), item.status()));
		}
		errors.throwIfAny();
		return new DelegationPlanDraft(title, vnLocalityId, year, half, kind, dueOn, drafts, source, visibility);
	}

}
