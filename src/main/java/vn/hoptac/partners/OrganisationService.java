package vn.hoptac.partners;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.core.annotation.Order;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

import vn.hoptac.geo.Locality;
import vn.hoptac.geo.LocalityService;
import vn.hoptac.partners.internal.OrganisationRepository;
import vn.hoptac.partners.internal.PartnershipRepository;
import vn.hoptac.shared.Access;
import vn.hoptac.shared.ChangeRecorder;
import vn.hoptac.shared.Countries;
import vn.hoptac.shared.ListFilter;
import vn.hoptac.shared.Specs;
import vn.hoptac.shared.NotFoundException;
import vn.hoptac.shared.RecordCache;
import vn.hoptac.shared.RecordChanged;
import vn.hoptac.shared.RecordsReplaced;
import vn.hoptac.shared.RuleViolationException;
import vn.hoptac.shared.Stewardship;

@Service
@Transactional(readOnly = true)
public class OrganisationService {

	public static final String ENTITY = "organisation";

	private final OrganisationRepository organisations;

	private final PartnershipRepository partnerships;

	private final LocalityService localities;

	private final RecordCache<Involvement, ListFilter.Condition> involvements = new RecordCache<>(1_000);

	private final ChangeRecorder changes;

	private final OrganisationIndex index;

	OrganisationService(OrganisationRepository organisations, OrganisationIndex index, PartnershipRepository partnerships,
			LocalityService localities, ChangeRecorder changes) {
		this.index = index;
		this.organisations = organisations;
		this.partnerships = partnerships;
		this.localities = localities;
		this.changes = changes;
	}

	public Page<Organisation> search(OrganisationQuery query, Pageable pageable) {
		return index.page(filter(query), pageable);
	}

	/** The ids of a page of {@link #search} and how many match, from the list index alone. */
	@Transactional(propagation = Propagation.SUPPORTS)
	public Page<Long> searchIds(OrganisationQuery query, Pageable pageable) {
		return index.find(filter(query), pageable);
	}

	private ListFilter filter(OrganisationQuery query) {
		Set<Long> coverage = query.localityId() == null ? null : localities.coverage(query.localityId(), null, null);
		return ListFilter.matching(query.text())
			.equalTo("country", Countries.normalise(query.country()))
			.equalTo("type", query.type())
			.anyOf("localityId", coverage)
			.readable();
	}

	public Organisation get(long id) {
		Organisation organisation = find(id);
		Access.checkRead(organisation.getStewardship());
		return organisation;
	}

	private Organisation find(long id) {
		return organisations.findById(id).orElseThrow(() -> new NotFoundException(ENTITY, id));
	}

	public Map<Long, Organisation> byIds(Collection<Long> ids) {
		return organisations.findByIdIn(ids).stream().collect(Collectors.toMap(Organisation::getId, Function.identity()));
	}

	/**
	 * Restricts a list to records with a party that belongs to the locality's history over the years
	 * (see {@link LocalityService#coverage}), directly or as an organisation seated there. The
	 * condition is remembered until a locality or organisation changes, so it needs no transaction.
	 */
	@Transactional(propagation = Propagation.SUPPORTS)
	public ListFilter involving(ListFilter filter, Long localityId, Integer yearFrom, Integer yearTo) {
		if (localityId == null) {
			return filter;
		}
		return filter.and(involvements.get(new Involvement(localityId, Specs.startOf(yearFrom), Specs.endOf(yearTo)),
				involvement -> {
					Set<Long> covered = localities.coverage(localityId, involvement.from(), involvement.to());
					return ListFilter.partyAmong(covered, idsAt(covered));
				}));
	}

	/**
	 * Runs after the locality history has forgotten the change ({@link LocalityService}), so a
	 * condition built in between cannot keep a history that was already out of date.
	 */
	@TransactionalEventListener
	@Order(RecordCache.FORGETS_AFTER)
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	void forgetInvolvements(RecordChanged change) {
		if (ENTITY.equals(change.entity()) || LocalityService.ENTITY.equals(change.entity())) {
			involvements.forgetAll();
		}
	}

	@EventListener(RecordsReplaced.class)
	void forgetInvolvements() {
		involvements.forgetAll();
	}

	/** A locality over a period, open ends allowed. */
	private record Involvement(long localityId, LocalDate from, LocalDate to) {
	}

	/** Organisations seated in any of these localities. */
	private List<Long> idsAt(Collection<Long> localityIds) {
		return localityIds.isEmpty() ? List.of() : index.ids(ListFilter.all().anyOf("localityId", localityIds));
	}

	@Transactional
	public Organisation create(OrganisationDraft draft) {
		OrganisationDraft normalised = validate(draft);
		Stewardship stewardship = stewardship(normalised, null);
		Access.checkWrite(stewardship);
		Organisation saved = organisations.save(new Organisation(normalised, stewardship));
		changes.created(ENTITY, saved.getId(), saved.getNames().vi(), saved);
		return saved;
	}

	@Transactional
	public Organisation update(long id, OrganisationDraft draft, Long expectedVersion) {
		Organisation organisation = find(id);
		Access.checkWrite(organisation.getStewardship());
		changes.checkVersion(ENTITY, id, expectedVersion, organisation);
		OrganisationDraft normalised = validate(draft);
		Stewardship stewardship = stewardship(normalised, organisation.getStewardship());
		Access.checkWrite(stewardship);
		String before = changes.snapshot(organisation);
		organisation.apply(normalised, stewardship);
		Organisation saved = organisations.saveAndFlush(organisation);
		changes.updated(ENTITY, id, saved.getNames().vi(), before, saved);
		return saved;
	}

	@Transactional
	public void delete(long id) {
		Organisation organisation = find(id);
		Access.checkWrite(organisation.getStewardship());
		new RuleViolationException.Collector()
			.rejectIf(partnerships.existsByVnOrganisationIdOrForeignOrganisationId(id, id), "id",
					"organisation.delete.inPartnership")
			.throwIfAny();
		String before = changes.snapshot(organisation);
		organisations.delete(organisation);
		organisations.flush();
		changes.deleted(ENTITY, id, organisation.getNames().vi(), before);
	}

	private Stewardship stewardship(OrganisationDraft draft, Stewardship existing) {
		return Access.stewardshipFor(localities.currentProvinceOf(draft.localityId()).orElse(null), draft.visibility(),
				existing);
	}

	private OrganisationDraft validate(OrganisationDraft draft) {
		var errors = new RuleViolationException.Collector();
		String country = Countries.normalise(draft.country());
		errors.rejectIf(draft.type() == null, "type", "validation.required");
		errors.rejectIf(draft.names() == null || draft.names().vi() == null || draft.names().vi().isBlank(),
				"names.vi", "validation.required");
		errors.rejectIf(!Countries.isValid(country), "country", "validation.country");
		if (draft.localityId() != null) {
			Locality locality = localities.byIds(List.of(draft.localityId())).get(draft.localityId());
			errors.rejectIf(locality == null, "localityId", "validation.unknownReference", draft.localityId());
			errors.rejectIf(locality != null && !locality.getCountry().equals(country), "localityId",
					"organisation.localityOtherCountry");
		}
		errors.throwIfAny();
		return new OrganisationDraft(draft.type(), draft.names(), draft.abbreviation(), country, draft.localityId(),
				draft.website(), draft.source(), draft.visibility());
	}

}
