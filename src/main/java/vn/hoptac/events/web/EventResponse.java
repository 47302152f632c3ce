package vn.hoptac.events.web;

import java.util.List;

import vn.hoptac.events.Event;
import vn.hoptac.events.EventFigure;
import vn.hoptac.events.EventKind;
import vn.hoptac.events.EventRole;
import vn.hoptac.partners.Party;
import vn.hoptac.partners.PartyDirectory;
import vn.hoptac.shared.Visibility;
import vn.hoptac.sources.CitationResponse;

/**
 * An event in full; its writable fields are those of {@link EventRequest}. {@code venueCountry}
 * follows from the venue locality when there is one; {@code awards} received at the event are read only.
 */
record EventResponse(Long id, String title, EventKind kind, EventRole role, Long vnLocalityId,
		Long vnOrganisationId, Party vnParty, Long venueLocalityId, Party venue, String venueCountry,
		Long organiserOrganisationId, Party organiser, Long partnershipId, Long projectId, Long conferenceId,
		String edition, boolean recurring, Integer coversEvents, String startOn, String endOn, String description,
		List<EventFigure> figures, List<AwardResponse> awards, String source, Visibility visibility,
		Long ownerProvinceId, long version, List<CitationResponse> sourceCitations) {

	static EventResponse of(Event e, PartyDirectory.Lookup names, List<AwardResponse> awards,
			List<CitationResponse> sourceCitations) {
		return new EventResponse(e.getId(), e.getTitle(), e.getKind(), e.getRole(), e.getVnLocalityId(),
				e.getVnOrganisationId(), names.party(e.getVnLocalityId(), e.getVnOrganisationId()),
				e.getVenueLocalityId(), names.party(e.getVenueLocalityId(), null), e.getVenueCountry(),
				e.getOrganiserOrganisationId(), names.party(null, e.getOrganiserOrganisationId()),
				e.getPartnershipId(), e.getProjectId(), e.getConferenceId(), e.getEdition(), e.isRecurring(),
				e.getCoversEvents(), Dates.text(e.getStart()), Dates.text(e.getEnd()), e.getDescription(),
				List.copyOf(e.getFigures()), awards, e.getSource(), e.getStewardship().visibility(),
				e.getStewardship().provinceId(), e.getVersion(), sourceCitations);
	}

}
