package vn.hoptac.delegations;

import java.time.LocalDate;
import java.util.List;

import vn.hoptac.shared.Visibility;

/**
 * What a user states about a plan of the provincial leaders' delegations: the province, the year
 * and half (null: the whole year), the submission day the officer sets, and the planned items.
 */
public record DelegationPlanDraft(String title, Long vnLocalityId, Integer year, Integer half, PlanKind kind,
		LocalDate dueOn, List<PlanItemDraft> items, String source, Visibility visibility) {

	public DelegationPlanDraft {
		items = items == null ? List.of() : items;
	}

}
