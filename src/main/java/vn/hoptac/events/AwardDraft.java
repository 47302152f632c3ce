package vn.hoptac.events;

import vn.hoptac.shared.DatePrecision.PartialDate;
import vn.hoptac.shared.Visibility;

/**
 * What a user states about an award. The Vietnamese recipient may be left out when the award
 * belongs to a membership or an event: it is then their Vietnamese party.
 */
public record AwardDraft(String title, Long vnLocalityId, Long vnOrganisationId, Long membershipId, Long eventId,
		Long projectId, PartialDate awardedOn, Long awardedByOrganisationId, String note, String source,
		Visibility visibility) {

	/** The same award, given to this membership (the nested API names it by the path). */
	public AwardDraft forMembership(long id) {
		return new AwardDraft(title, vnLocalityId, vnOrganisationId, id, eventId, projectId, awardedOn,
				awardedByOrganisationId, note, source, visibility);
	}

}
