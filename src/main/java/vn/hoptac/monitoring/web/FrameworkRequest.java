package vn.hoptac.monitoring.web;

import java.util.List;

import jakarta.validation.constraints.Size;

import vn.hoptac.monitoring.FrameworkDraft;
import vn.hoptac.monitoring.ResultsFramework;
import vn.hoptac.shared.AcceptsFieldsOf;
import vn.hoptac.shared.Visibility;

/**
 * Body of POST and PUT /api/v1/frameworks: at most one of {@code planId}, {@code partnershipId},
 * {@code projectId}, {@code localityId} (a province); none for the nation's statistics (administrators
 * only). {@code results}: each {@code {id?, level, title}}, an id keeps that result and its indicators.
 */
@AcceptsFieldsOf(FrameworkResponse.class)
record FrameworkRequest(@Size(max = ResultsFramework.TITLE_LENGTH) String title, Long planId, Long partnershipId,
		Long projectId, Long localityId, List<FrameworkDraft.ResultDraft> results,
		@Size(max = ResultsFramework.DESCRIPTION_LENGTH) String description,
		@Size(max = ResultsFramework.SOURCE_LENGTH) String source, Visibility visibility, Long version) {

	FrameworkDraft toDraft() {
		return new FrameworkDraft(title, planId, partnershipId, projectId, localityId, results, description, source,
				visibility);
	}

}
