package vn.hoptac.events.web;

import static vn.hoptac.shared.FormFields.trimmed;

import java.time.Year;
import java.time.Clock;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.hoptac.audit.AuditService;
import vn.hoptac.events.AwardQuery;
import vn.hoptac.events.AwardService;
import vn.hoptac.events.Event;
import vn.hoptac.events.EventDraft;
import vn.hoptac.events.EventKind;
import vn.hoptac.events.EventMeasure;
import vn.hoptac.events.EventQuery;
import vn.hoptac.events.EventRole;
import vn.hoptac.events.EventService;
import vn.hoptac.geo.Locality;
import vn.hoptac.geo.LocalityService;
import vn.hoptac.partners.PartnershipService;
import vn.hoptac.partners.PartyDirectory;
import vn.hoptac.shared.RecordFormPages;
import vn.hoptac.shared.Access;
import vn.hoptac.shared.Deletions;
import vn.hoptac.shared.Htmx;
import vn.hoptac.shared.OwnProvince;
import vn.hoptac.shared.PageLinks;
import vn.hoptac.shared.Paging;
import vn.hoptac.shared.Qualifier;
import vn.hoptac.shared.SortLinks;
import vn.hoptac.shared.Visibility;

/**
 * The event pages: the faceted list (htmx refreshes its rows), an event with its scale and the
 * awards received at it, its audit history, one form to create and edit, and the delete step;
 * through {@link EventService}, as the API.
 */
@Controller
@RequestMapping("/events")
class EventPageController extends RecordFormPages<Event, EventDraft, EventForm> {

	static final String ENTITY = "event";

	private final EventService events;

	private final AwardService awards;

	private final PartnershipService partnerships;

	private final PartyDirectory parties;

	private final LocalityService localities;

	private final Pickers pickers;

	private final AuditService audit;

	private final Clock clock;

	EventPageController(EventService events, AwardService awards, PartnershipService partnerships,
			PartyDirectory parties, LocalityService localities, Pickers pickers, AuditService audit,
			Deletions deletions, Clock clock) {
		super("/events", "event", events, deletions, Event::getTitle, EventForm::onFormFields);
		this.events = events;
		this.awards = awards;
		this.partnerships = partnerships;
		this.parties = parties;
		this.localities = localities;
		this.pickers = pickers;
		this.audit = audit;
		this.clock = clock;
	}

	@GetMapping
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) String country,
			@RequestParam(required = false) Long locality, @RequestParam(required = false) EventKind kind,
			@RequestParam(required = false) EventRole role, @RequestParam(required = false) Integer decade,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
			@RequestParam(required = false) String sort, HttpServletRequest request, HttpServletResponse response,
			Model model) {
		Long place = OwnProvince.orRequested(request, locality);
		var query = new EventQuery(q, trimmed(country), place, null, kind, role, decade,
				decade == null ? null : decade + 9);
		Page<Event> found = events.search(query, Paging.of(page, size, trimmed(sort), EventApiController.SORT_KEYS));
		String lastPage = PageLinks.lastPageInstead(found, request, p -> events.search(query, p));
		if (lastPage != null) {
			return "redirect:" + lastPage;
		}
		model.addAttribute("found", found.getContent());
		model.addAttribute("pages", PageLinks.of(found, request));
		model.addAttribute("sorts", SortLinks.of(request, sort));
		model.addAttribute("parties", EventApiController.lookup(parties, found.getContent()));
		model.addAttribute("filters", new Filters(q, trimmed(country), place, kind, role, decade, trimmed(sort)));
		model.addAttribute("ownProvince", place != null && locality == null ? localities.get(place) : null);
		boolean fragment = Htmx.wantsFragment(request, response);
		boolean ownForm = fragment && Htmx.targets(request, "event-rows");
		model.addAttribute("facetsOutOfBand", ownForm);
		if (!fragment || ownForm) {
			model.addAttribute("facets", events.facetCounts(query));
			model.addAttribute("countryOptions", events.venueCountries());
			model.addAttribute("provinceOptions", parties.currentProvinces());
			model.addAttribute("decadeOptions", decades(Year.now(clock)));
			addCodelists(model);
		}
		return fragment ? "events/list :: rows" : "events/list";
	}

	@GetMapping("/{id}")
	String detail(@PathVariable long id, Model model) {
		Event event = events.get(id);
		model.addAttribute("event", event);
		model.addAttribute("parties", EventApiController.lookup(parties, List.of(event)));
		model.addAttribute("partnership", event.getPartnershipId() == null ? null
				: partnerships.findReadable(event.getPartnershipId()).orElse(null));
		model.addAttribute("awards", awards
			.search(new AwardQuery(null, null, id, null, null),
					PageRequest.of(0, MembershipApiController.AWARDS_SHOWN, Sort.by("awardedOn", "id")))
			.getContent());
		model.addAttribute("canEdit", canEdit(event.getStewardship()));
		model.addAttribute("canDelete", canDelete(event.getStewardship()));
		return "events/detail";
	}

	@GetMapping("/{id}/history")
	String history(@PathVariable long id, Model model) {
		model.addAttribute("event", events.get(id));
		model.addAttribute("events", audit.historyOf(ENTITY, id));
		return "events/history";
	}

	@GetMapping("/new")
	String newForm(Model model) {
		Access.checkRole(EventsPages.WRITERS);
		return form(EventForm.blank(PartyDirectory.ownParty(Access.required())), null, model);
	}

	@Override
	protected EventForm formOf(Event event) {
		String venue = event.getVenueLocalityId() == null ? null : localities.get(event.getVenueLocalityId()).getCode();
		return EventForm.of(event, venue);
	}


	@Override
	protected EventDraft draft(EventForm form) {
		Long venue = trimmed(form.getVenueCode()) == null ? null
				: localities.findByCode(form.getVenueCode().trim()).map(Locality::getId).orElse(null);
		return form.toDraft(pickers, venue, events::check);
	}

	@Override
	protected String form(EventForm form, Event existing, Model model) {
		pickers.offer(model, form.getVnParty(), form.getOrganiserParty());
		model.addAttribute("form", form);
		model.addAttribute("event", existing);
		model.addAttribute("id", existing == null ? null : existing.getId());
		model.addAttribute("partnershipOptions", EventsPages.partnershipOptions(partnerships, form.getPartnershipId()));
		model.addAttribute("projectOptions", events.projectOptions(form.getProjectId()));
		addCodelists(model);
		return "events/form";
	}

	private static void addCodelists(Model model) {
		model.addAttribute("kindOptions", EventKind.values());
		model.addAttribute("roleOptions", EventRole.values());
		model.addAttribute("measureOptions", EventMeasure.values());
		model.addAttribute("qualifierOptions", Qualifier.values());
		model.addAttribute("visibilityOptions", Visibility.values());
	}

	/** The list's current filters, to show them selected in the facets. */
	record Filters(String q, String country, Long locality, EventKind kind, EventRole role, Integer decade,
			String sort) {

		public boolean narrowed() {
			return q != null && !q.isBlank() || country != null || locality != null || kind != null || role != null
					|| decade != null;
		}

	}

}
