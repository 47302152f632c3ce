package vn.hoptac.conferences.web;

import vn.hoptac.conferences.ApprovingAuthority;
import vn.hoptac.conferences.Conference;
import vn.hoptac.conferences.ConferenceKind;
import vn.hoptac.conferences.ConferenceStage;
import vn.hoptac.partners.Party;
import vn.hoptac.partners.PartyDirectory;
import vn.hoptac.shared.Qualifier;
import vn.hoptac.shared.Visibility;

/** A conference as a list (and the year's list for MOFA) shows it; steps and summary are in the detail. */
record ConferenceListItem(Long id, String title, ConferenceKind kind, Party organiser, Party host,
		Party foreignParty, String foreignCountry, String venue, boolean online, String startOn, String endOn,
		Integer participants, Qualifier participantsQualifier, Integer foreignParticipants,
		Qualifier foreignParticipantsQualifier, ApprovingAuthority authority, ConferenceStage stage,
		String source, Visibility visibility, Long ownerProvinceId, long version) {

	static ConferenceListItem of(Conference c, PartyDirectory.Lookup names) {
		return new ConferenceListItem(c.getId(), c.getTitle(), c.getKind(),
				names.party(null, c.getOrganiserOrganisationId()), names.party(c.getVnLocalityId(), null),
				names.party(c.getForeignLocalityId(), c.getForeignOrganisationId()), c.getForeignCountry(),
				c.getVenue(), c.isOnline(), ConferenceResponse.text(c.startDate()),
				ConferenceResponse.text(c.endDate()), c.getParticipants(), c.getParticipantsQualifier(), c.getForeignParticipants(),
				c.getForeignParticipantsQualifier(),
				c.getAuthority(), c.getCurrentStage(), c.getSource(), c.getStewardship().visibility(),
				c.getStewardship().provinceId(), c.getVersion());
	}

}
