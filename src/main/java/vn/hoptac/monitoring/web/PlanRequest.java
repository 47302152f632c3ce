package vn.hoptac.monitoring.web;

import java.util.List;

import jakarta.validation.constraints.Size;

import vn.hoptac.monitoring.CooperationPlan;
import vn.hoptac.monitoring.PlanDraft;
import vn.hoptac.shared.AcceptsFieldsOf;
import vn.hoptac.shared.Visibility;

/**
 * Body of POST and PUT /api/v1/plans: the years it covers, the province ({@code localityId}) or the
 * partnership it plans, its objectives in order; {@code version} is the one read.
 */
@AcceptsFieldsOf(PlanResponse.class)
record PlanRequest(@Size(max = CooperationPlan.TITLE_LENGTH) String title, Integer yearFrom, Integer yearTo,
		Long localityId, Long partnershipId, List<String> objectives,
		@Size(max = CooperationPlan.DESCRIPTION_LENGTH) String description,
		@Size(max = CooperationPlan.SOURCE_LENGTH) String source, Visibility visibility, Long version) {

	PlanDraft toDraft() {
		return new PlanDraft(title, yearFrom, yearTo, localityId, partnershipId, objectives, description, source,
				visibility);
	}

}
