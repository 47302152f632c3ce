package vn.hoptac.monitoring;

import java.util.List;

import vn.hoptac.shared.Visibility;

/**
 * What a medium-term cooperation plan says: its years, the province whose plan it is or the
 * partnership it plans (the province is then the partnership's), its objectives in order.
 */
public record PlanDraft(String title, Integer yearFrom, Integer yearTo, Long localityId, Long partnershipId,
		List<String> objectives, String description, String source, Visibility visibility) {

	public PlanDraft {
		objectives = objectives == null ? List.of()
				: objectives.stream().filter(o -> o != null && !o.isBlank()).map(String::trim).toList();
	}

}
