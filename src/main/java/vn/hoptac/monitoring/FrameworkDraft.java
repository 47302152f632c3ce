package vn.hoptac.monitoring;

import java.util.List;

import vn.hoptac.shared.Visibility;

/**
 * What a results framework says: what it is attached to (at most one of a plan, a partnership, a
 * project, a province; none: the nation) and its results in order. A result with an id is that
 * result kept (indicators refer to it); one without is new.
 */
public record FrameworkDraft(String title, Long planId, Long partnershipId, Long projectId, Long localityId,
		List<ResultDraft> results, String description, String source, Visibility visibility) {

	public FrameworkDraft {
		results = results == null ? List.of() : List.copyOf(results);
	}

	/** A result of the chain: output, outcome or impact. */
	public record ResultDraft(Long id, ResultLevel level, String title) {
	}

	FrameworkScope scope() {
		return planId != null ? FrameworkScope.PLAN
				: partnershipId != null ? FrameworkScope.PARTNERSHIP
						: projectId != null ? FrameworkScope.PROJECT
								: localityId != null ? FrameworkScope.PROVINCE : FrameworkScope.NATION;
	}

	long attachments() {
		return java.util.stream.Stream.of(planId, partnershipId, projectId, localityId)
			.filter(java.util.Objects::nonNull)
			.count();
	}

}
