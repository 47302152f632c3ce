package vn.hoptac.events.web;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import vn.hoptac.events.Award;
import vn.hoptac.events.AwardQuery;
import vn.hoptac.events.AwardService;
import vn.hoptac.events.Event;
import vn.hoptac.events.EventDraft;
import vn.hoptac.events.EventKind;
import vn.hoptac.events.EventQuery;
import vn.hoptac.events.EventRole;
import vn.hoptac.events.EventService;
import vn.hoptac.partners.PartyDirectory;
import vn.hoptac.shared.ApiWrites;
import vn.hoptac.shared.PageResponse;
import vn.hoptac.shared.Paging;
import vn.hoptac.shared.RecordApi;

@RestController
@RequestMapping("/api/v1/events")
@Tag(name = "Events", description = "Events hosted or attended (summits, investment promotion, fairs, festivals) with their scale")
class EventApiController extends RecordApi<Event, EventDraft, EventRequest, EventResponse> {

	static final Map<String, String> SORT_KEYS = Map.of("start", "startOn");

	private final EventService events;

	private final AwardService awards;

	private final PartyDirectory parties;

	private final AwardViews awardViews;

	EventApiController(EventService events, AwardService awards, PartyDirectory parties, AwardViews awardViews) {
		super(events, ApiWrites.of("Event", "an event")
			.deleted("Delete an event (administrators; province administrators in their province). "
					+ "With the version read, a stale one is a 409; one with awards is a 409 naming them."));
		this.events = events;
		this.awards = awards;
		this.parties = parties;
		this.awardViews = awardViews;
	}

	@Operation(operationId = "listEvents", summary = "List and search events")
	@GetMapping
	PageResponse<EventResponse> list(@RequestParam(required = false) String q,
			@RequestParam(required = false) String country, @RequestParam(required = false) Long locality,
			@RequestParam(required = false) Long partnership, @RequestParam(required = false) EventKind kind,
			@RequestParam(required = false) EventRole role, @RequestParam(required = false) Integer yearFrom,
			@RequestParam(required = false) Integer yearTo, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size, @RequestParam(required = false) String sort) {
		Page<Event> found = events.search(
				new EventQuery(q, country, locality, partnership, kind, role, yearFrom, yearTo),
				Paging.of(page, size, sort, SORT_KEYS));
		PartyDirectory.Lookup names = lookup(parties, found.getContent());
		return PageResponse.of(found, e -> EventResponse.of(e, names, null, null));
	}

	@Operation(operationId = "getEvent", summary = "Get an event with its figures and awards")
	@GetMapping("/{id}")
	EventResponse get(@PathVariable long id) {
		return detail(events.get(id));
	}

	@Override
	protected EventResponse detail(Event event) {
		List<Award> received = awards
			.search(new AwardQuery(null, null, event.getId(), null, null),
					PageRequest.of(0, MembershipApiController.AWARDS_SHOWN, Sort.by("awardedOn", "id")))
			.getContent();
		return EventResponse.of(event, lookup(parties, List.of(event)), awardViews.of(received),
				awardViews.citations(event.getSource()));
	}

	/** The names of the events' parties, venues and organisers, in one query per kind. */
	static PartyDirectory.Lookup lookup(PartyDirectory parties, List<Event> all) {
		return parties.load(all.stream().flatMap(e -> Stream.of(e.getVnLocalityId(), e.getVenueLocalityId())).toList(),
				all.stream().flatMap(e -> Stream.of(e.getVnOrganisationId(), e.getOrganiserOrganisationId())).toList());
	}

}
