package vn.hoptac.partners;

import java.util.List;
import java.util.Set;

import vn.hoptac.shared.Visibility;

/** What a user states about a partnership; histories are replaced as a whole. */
public record PartnershipDraft(String title, PartnershipLevel level, Long vnLocalityId, Long vnOrganisationId,
		Long foreignLocalityId, Long foreignOrganisationId, String description, String source,
		Set<CooperationField> fields, List<TypeChange> types, List<StatusChange> statuses, List<Milestone> milestones,
		Visibility visibility) {

	public PartnershipDraft {
		fields = fields == null ? Set.of() : fields;
		types = types == null ? List.of() : types;
		statuses = statuses == null ? List.of() : statuses;
		milestones = milestones == null ? List.of() : milestones;
	}

}
