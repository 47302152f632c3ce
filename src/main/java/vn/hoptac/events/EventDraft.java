package vn.hoptac.events;

import java.util.List;

import vn.hoptac.shared.DatePrecision.PartialDate;
import vn.hoptac.shared.Visibility;

/**
 * What a user states about an event. {@code venueCountry} is needed only without a venue locality,
 * from which it otherwise follows; {@code projectId} and {@code conferenceId} are ids of records
 * of other modules, kept as they are given.
 */
public record EventDraft(String title, EventKind kind, EventRole role, Long vnLocalityId, Long vnOrganisationId,
		Long venueLocalityId, String venueCountry, Long organiserOrganisationId, Long partnershipId, Long projectId,
		Long conferenceId, String edition, boolean recurring, Integer coversEvents, PartialDate startOn,
		PartialDate endOn, String description, List<EventFigure> figures, String source, Visibility visibility) {

	public EventDraft {
		figures = figures == null ? List.of() : figures;
	}

}
