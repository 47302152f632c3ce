package vn.hoptac.events;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.EntityManager;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hoptac.events.internal.AwardRepository;
import vn.hoptac.events.internal.EventRepository;
import vn.hoptac.geo.Locality;
import vn.hoptac.geo.LocalityService;
import vn.hoptac.partners.Organisation;
import vn.hoptac.partners.OrganisationService;
import vn.hoptac.partners.PartnershipService;
import vn.hoptac.partners.PartyRules;
import vn.hoptac.partners.PartyRules.Checked;
import vn.hoptac.partners.PartyRules.Side;
import vn.hoptac.shared.Access;
import vn.hoptac.shared.ChangeRecorder;
import vn.hoptac.shared.Countries;
import vn.hoptac.shared.Facet;
import vn.hoptac.shared.FacetCounts;
import vn.hoptac.shared.FacetFilters;
import vn.hoptac.shared.FormOptions;
import vn.hoptac.shared.ProjectLookup;
import vn.hoptac.shared.RecordRef;
import vn.hoptac.shared.ListPage;
import vn.hoptac.shared.RecordList;
import vn.hoptac.shared.RecordWrites;
import vn.hoptac.shared.RuleViolationException;
import vn.hoptac.shared.Specs;
import vn.hoptac.shared.DraftService;

/**
 * Events hosted or attended: the list with its facets, and every write scoped to the province of the
 * Vietnamese party, validated and audited.
 */
@Service
@Transactional(readOnly = true)
public class EventService implements DraftService<Event, EventDraft> {

	public static final String ENTITY = "event";

	private static final List<Facet> FACETS = List.of(Facet.value("country", "venueCountry"),
			Facet.value("kind", "kind"), Facet.value("role", "role"), Facet.decade("decade", "startOn"));

	private final EventRepository events;

	private final AwardRepository awards;

	private final PartnershipService partnerships;

	private final ProjectLookup projects;

	private final LocalityService localities;

	private final PartyRules parties;

	private final RecordWrites<Event> writes;

	private final RecordList<Event> list;

	/** How many events a form's select offers at most (besides the chosen one). */
	private static final int FORM_OPTIONS = 1000;

	EventService(EventRepository events, AwardRepository awards, PartnershipService partnerships,
			ProjectLookup projects, LocalityService localities, PartyRules parties, ChangeRecorder changes, EntityManager entityManager) {
		this.events = events;
		this.awards = awards;
		this.partnerships = partnerships;
		this.projects = projects;
		this.localities = localities;
		this.parties = parties;
		this.writes = RecordWrites.of(ENTITY, events, changes, Event::getTitle, Event::loadDetails);
		this.list = RecordList.of(Event.class, entityManager).alsoMatchingRelated().guarded();
	}

	/** A page of the list, details loaded (the API's list shows them). */
	public ListPage<Event> search(EventQuery query, Pageable pageable) {
		ListPage<Event> page = list.page(facetFilters(query).all(), query.text(), pageable);
		page.forEach(Event::loadDetails);
		return page;
	}

	public FacetCounts facetCounts(EventQuery query) {
		return list.counts(facetFilters(query), query.text(), FACETS);
	}

	/** The venue countries of the events the current reader may see. */
	public List<String> venueCountries() {
		return list.distinctValues("venueCountry", Specification.unrestricted());
	}

	private FacetFilters<Event> facetFilters(EventQuery query) {
		return FacetFilters.<Event>of()
			.and("country", Specs.equalTo("venueCountry", Countries.normalise(query.country())))
			.and("kind", Specs.equalTo("kind", query.kind()))
			.and("role", Specs.equalTo("role", query.role()))
			.and("partnership", Specs.equalTo("partnershipId", query.partnershipId()))
			.and("decade", Specs.inYears("startOn", query.yearFrom(), query.yearTo()))
			.and("locality", involving(query.localityId(), query.yearFrom(), query.yearTo()));
	}

	/** The Vietnamese party or the venue belongs to the locality's history over the years. */
	private Specification<Event> involving(Long localityId, Integer yearFrom, Integer yearTo) {
		if (localityId == null) {
			return Specification.unrestricted();
		}
		Set<Long> covered = localities.coverage(localityId, Specs.startOf(yearFrom), Specs.endOf(yearTo));
		Specs.Condition<Locality> isCovered = (locality, cb) -> locality.get("id").in(covered);
		return Specs.referencesAny(List.of(Specs.way(Locality.class, "vnLocalityId", isCovered),
				Specs.way(Locality.class, "venueLocalityId", isCovered),
				Specs.way(Organisation.class, "vnOrganisationId", OrganisationService.seatedIn(covered))));
	}

	@Override
	public Event get(long id) {
		return writes.read(id);
	}

	/**
	 * The events a form offers to link a record to (a delegation that attended one): the first by
	 * title that the reader may see, and the chosen one.
	 */
	public List<Event> formOptions(Long selected) {
		return FormOptions.including(list
			.page(Specification.unrestricted(), null, PageRequest.of(0, FORM_OPTIONS, Sort.by("sortKey")))
			.getContent(), selected, this::findReadable);
	}

	/**
	 * Names the project the event belongs to (null: none), checked as a draft's {@code projectId} is;
	 * scoped, versioned and audited as any change of the event.
	 */
	@Transactional
	public Event belongToProject(long id, Long projectId, Long expectedVersion) {
		return writes.update(id, expectedVersion, event -> {
			var errors = new RuleViolationException.Collector();
			checkProject(projectId, errors);
			errors.throwIfAny();
			event.belongToProject(projectId);
		});
	}

	/** The projects an event's form offers, the chosen one included. */
	public List<RecordRef> projectOptions(Long selected) {
		return projects.formOptions(selected);
	}

	/** A project an event names exists and the writer may read it (the projects module answers). */
	private void checkProject(Long projectId, RuleViolationException.Collector errors) {
		errors.rejectIf(projectId != null && projects.findReadable(projectId).isEmpty(), "projectId",
				"validation.unknownReference", String.valueOf(projectId));
	}

	/** The event, if it exists and the current reader may see it. */
	public Optional<Event> findReadable(long id) {
		return events.findById(id).filter(e -> Access.canRead(e.getStewardship()));
	}

	@Override
	public void check(EventDraft draft) {
		Access.checkWriter();
		validate(draft);
	}

	@Override
	@Transactional
	public Event create(EventDraft draft) {
		return writes.create(() -> {
			Validated valid = validate(draft);
			return new Event(draft, valid.venueCountry(),
					Access.stewardshipAfterWrite(valid.province(), draft.visibility(), null));
		});
	}

	@Override
	@Transactional
	public Event update(long id, EventDraft draft, Long expectedVersion) {
		return writes.update(id, expectedVersion, event -> {
			Validated valid = validate(draft);
			event.apply(draft, valid.venueCountry(),
					Access.stewardshipAfterWrite(valid.province(), draft.visibility(), event.getStewardship()));
		});
	}

	/** Deletes the event with its figures; one that awards still name is not deleted (409 naming them). */
	@Override
	@Transactional
	public void delete(long id, Long expectedVersion) {
		writes.delete(id, expectedVersion, event -> AwardService.refuseWhileNamedBy(awards.findByEventIdOrderByAwardedOnAscIdAsc(id), "event.delete.awards"));
	}

	private record Validated(Long province, String venueCountry) {
	}

	private Validated validate(EventDraft draft) {
		var errors = new RuleViolationException.Collector();
		errors.rejectIf(draft.title() == null || draft.title().isBlank(), "title", "validation.required");
		errors.rejectIf(draft.kind() == null, "kind", "validation.required");
		Optional<Checked> vn = parties.check(draft.vnLocalityId(), draft.vnOrganisationId(), "vnLocalityId",
				"vnOrganisationId", Side.VN, true, draft.visibility(), errors);
		Optional<Locality> venue = parties.locality(draft.venueLocalityId(), "venueLocalityId", errors);
		String country = venue.map(Locality::getCountry).orElse(Countries.normalise(draft.venueCountry()));
		errors.rejectIf(country != null && !Countries.isValid(country), "venueCountry", "validation.country");
		parties.organisation(draft.organiserOrganisationId(), "organiserOrganisationId", draft.visibility(), errors);
		errors.rejectIf(draft.partnershipId() != null && partnerships.findReadable(draft.partnershipId()).isEmpty(),
				"partnershipId", "validation.unknownReference", draft.partnershipId());
		checkProject(draft.projectId(), errors);
		errors.rejectIf(draft.coversEvents() != null && draft.coversEvents() < 1, "coversEvents",
				"event.coversEvents.min");
		PartyRules.checkPeriod(draft.startOn(), draft.endOn(), "endOn", errors);
		validateFigures(draft.figures(), errors);
		errors.throwIfAny();
		return new Validated(vn.map(Checked::province).orElse(null), country);
	}

	/** A figure is one value or a range whose top is not below its bottom; a measure is given once. */
	private static void validateFigures(List<EventFigure> figures, RuleViolationException.Collector errors) {
		for (int i = 0; i < figures.size(); i++) {
			EventFigure figure = figures.get(i);
			String field = "figures[" + i + "]";
			errors.rejectIf(figure.measure() == null, field + ".measure", "validation.required");
			errors.rejectIf(figure.qualifier() == null, field + ".qualifier", "validation.required");
			errors.rejectIf(figure.valueMin() == null, field + ".valueMin", "validation.required");
			errors.rejectIf(figure.valueMin() != null && figure.valueMin() < 0, field + ".valueMin",
					"event.figures.negative");
			errors.rejectIf(figure.valueMin() != null && figure.valueMax() != null
					&& figure.valueMax() < figure.valueMin(), field + ".valueMax", "event.figures.maxBelowMin",
					figure.valueMin());
			final int position = i;
			errors.rejectIf(figure.measure() != null && figures.subList(0, position)
				.stream()
				.anyMatch(other -> other.measure() == figure.measure()), field + ".measure",
					"event.figures.duplicate");
		}
	}

}
