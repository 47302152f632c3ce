package vn.hoptac.events.web;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import vn.hoptac.events.Event;
import vn.hoptac.events.EventDraft;
import vn.hoptac.events.EventFigure;
import vn.hoptac.events.EventKind;
import vn.hoptac.events.EventMeasure;
import vn.hoptac.events.EventRole;
import vn.hoptac.shared.AcceptsFieldsOf;
import vn.hoptac.shared.DatePrecision.PartialDate;
import vn.hoptac.shared.PartialDates;
import vn.hoptac.shared.Qualifier;
import vn.hoptac.shared.RecordRequest;
import vn.hoptac.shared.RuleViolationException;
import vn.hoptac.shared.Visibility;

/**
 * Body of POST and PUT. One Vietnamese party (locality or organisation) is required; the venue is a
 * locality or, when only the country is known, {@code venueCountry}; {@code projectId} and
 * {@code conferenceId} are ids of records of the projects and conferences; {@code version} is the one read.
 */
@AcceptsFieldsOf(EventResponse.class)
record EventRequest(@Size(max = Event.TITLE_LENGTH) String title, EventKind kind, EventRole role, Long vnLocalityId,
		Long vnOrganisationId, Long venueLocalityId, String venueCountry, Long organiserOrganisationId,
		Long partnershipId, Long projectId, Long conferenceId, @Size(max = Event.EDITION_LENGTH) String edition,
		Boolean recurring, Integer coversEvents, String startOn, String endOn,
		@Size(max = Event.DESCRIPTION_LENGTH) String description, List<@Valid FigureRequest> figures,
		@Size(max = Event.SOURCE_LENGTH) String source, Visibility visibility, Long version)
		implements RecordRequest<EventDraft> {

	/**
	 * A figure: one value ({@code valueMin} alone) or a range ({@code valueMin}–{@code valueMax});
	 * {@code qualifier} EXACT unless said otherwise ("hơn 1.000": MORE_THAN).
	 */
	record FigureRequest(EventMeasure measure, Integer valueMin, Integer valueMax, Qualifier qualifier) {

		EventFigure toFigure() {
			return new EventFigure(measure, valueMin, valueMax, qualifier == null ? Qualifier.EXACT : qualifier);
		}

	}

	@Override
	public EventDraft toDraft() {
		var errors = new RuleViolationException.Collector();
		PartialDate start = PartialDates.parse(startOn, "startOn", errors);
		PartialDate end = PartialDates.parse(endOn, "endOn", errors);
		errors.throwIfAny();
		return new EventDraft(title, kind, role, vnLocalityId, vnOrganisationId, venueLocalityId, venueCountry,
				organiserOrganisationId, partnershipId, projectId, conferenceId, edition, Boolean.TRUE.equals(recurring),
				coversEvents, start, end, description,
				figures == null ? null : figures.stream().map(FigureRequest::toFigure).toList(), source, visibility);
	}

}
