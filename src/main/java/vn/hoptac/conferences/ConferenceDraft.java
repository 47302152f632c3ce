package vn.hoptac.conferences;

import java.util.List;
import java.util.Set;

import vn.hoptac.partners.CooperationField;
import vn.hoptac.shared.DatePrecision.PartialDate;
import vn.hoptac.shared.Qualifier;
import vn.hoptac.shared.Visibility;

/**
 * What a user states about a conference. The Vietnamese side is its organiser, its host province,
 * or both; the foreign side (a co-organiser or sponsor) is optional. {@code steps} is the dossier
 * path as recorded, in any order.
 */
public record ConferenceDraft(String title, ConferenceKind kind, Long organiserOrganisationId, Long vnLocalityId,
		Long foreignOrganisationId, Long foreignLocalityId, Long partnershipId, String venue, boolean online,
		PartialDate startOn, PartialDate endOn, Integer participants, Qualifier participantsQualifier,
		Integer foreignParticipants, Qualifier foreignParticipantsQualifier, ApprovingAuthority authority,
		String summary, Set<CooperationField> fields, List<ConferenceStep> steps, String source,
		Visibility visibility) {

	public ConferenceDraft {
		fields = fields == null ? Set.of() : fields;
		steps = steps == null ? List.of() : steps;
	}

}
