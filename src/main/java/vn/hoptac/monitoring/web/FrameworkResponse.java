package vn.hoptac.monitoring.web;

import java.util.List;

import vn.hoptac.monitoring.FrameworkScope;
import vn.hoptac.monitoring.ResultLevel;
import vn.hoptac.monitoring.ResultsFramework;
import vn.hoptac.shared.Visibility;
import vn.hoptac.sources.CitationResponse;

/** A results framework with its results; in a list without results and {@code sourceCitations}. */
record FrameworkResponse(Long id, String title, FrameworkScope scope, Long planId, Long partnershipId,
		Long projectId, Long localityId, List<Result> results, String description, String source,
		Visibility visibility, Long ownerProvinceId, long version, List<CitationResponse> sourceCitations) {

	record Result(Long id, ResultLevel level, String title) {
	}

	static FrameworkResponse of(ResultsFramework f, List<CitationResponse> citations) {
		List<Result> results = citations == null ? null
				: f.getResults().stream().map(r -> new Result(r.getId(), r.getLevel(), r.getTitle())).toList();
		return new FrameworkResponse(f.getId(), f.getTitle(), f.getScope(), f.getPlanId(), f.getPartnershipId(),
				f.getProjectId(), f.getLocalityId(), results, f.getDescription(), f.getSource(),
				f.getStewardship().visibility(), f.getStewardship().provinceId(), f.getVersion(), citations);
	}

}
