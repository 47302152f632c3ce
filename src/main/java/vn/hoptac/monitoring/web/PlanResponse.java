package vn.hoptac.monitoring.web;

import java.util.List;

import vn.hoptac.monitoring.CooperationPlan;
import vn.hoptac.shared.Visibility;
import vn.hoptac.sources.CitationResponse;

/** A cooperation plan; in a list without {@code sourceCitations}. */
record PlanResponse(Long id, String title, int yearFrom, int yearTo, Long localityId, Long partnershipId,
		List<String> objectives, String description, String source, Visibility visibility, Long ownerProvinceId,
		long version, List<CitationResponse> sourceCitations) {

	static PlanResponse of(CooperationPlan p, List<CitationResponse> citations) {
		return new PlanResponse(p.getId(), p.getTitle(), p.getYearFrom(), p.getYearTo(), p.getLocalityId(),
				p.getPartnershipId(), citations == null ? null : List.copyOf(p.getObjectives()), p.getDescription(),
				p.getSource(), p.getStewardship().visibility(), p.getStewardship().provinceId(), p.getVersion(),
				citations);
	}

}
