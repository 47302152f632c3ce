package vn.hoptac.partners;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Root;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hoptac.geo.Locality;
import vn.hoptac.geo.LocalityService;
import vn.hoptac.partners.internal.OrganisationRepository;
import vn.hoptac.partners.internal.PartnershipRepository;
import vn.hoptac.shared.ByIds;
import vn.hoptac.shared.Access;
import vn.hoptac.shared.ChangeRecorder;
import vn.hoptac.shared.Countries;
import vn.hoptac.shared.ListPage;
import vn.hoptac.shared.Names;
import vn.hoptac.shared.NotFoundException;
import vn.hoptac.shared.Facet;
import vn.hoptac.shared.FacetCounts;
import vn.hoptac.shared.FacetFilters;
import vn.hoptac.shared.RecordList;
import vn.hoptac.shared.RuleViolationException;
import vn.hoptac.shared.Specs;
import vn.hoptac.shared.Stewardship;

@Service
@Transactional(readOnly = true)
public class OrganisationService {

	public static final String ENTITY = "organisation";

	private final OrganisationRepository organisations;

	private final PartnershipRepository partnerships;

	private final LocalityService localities;

	private final ChangeRecorder changes;

	private final RecordList<Organisation> list;

	private final EntityManager entityManager;

	OrganisationService(OrganisationRepository organisations, PartnershipRepository partnerships,
			LocalityService localities, ChangeRecorder changes, EntityManager entityManager) {
		this.list = RecordList.of(Organisation.class, entityManager).guarded();
		this.entityManager = entityManager;
		this.organisations = organisations;
		this.partnerships = partnerships;
		this.localities = localities;
		this.changes = changes;
	}

	public ListPage<Organisation> search(OrganisationQuery query, Pageable pageable) {
		return list.page(filter(query), query.text(), pageable);
	}

	private Specification<Organisation> filter(OrganisationQuery query) {
		return facetFilters(query).all();
	}

	/** How many organisations each country and type of the list has, under the list's other filters. */
	public FacetCounts facetCounts(OrganisationQuery query) {
		return list.counts(facetFilters(query), query.text(),
				List.of(Facet.value("country", "country"), Facet.value("type", "type")));
	}

	private FacetFilters<Organisation> facetFilters(OrganisationQuery query) {
		Set<Long> coverage = query.localityId() == null ? null : localities.coverage(query.localityId(), null, null);
		return FacetFilters.<Organisation>of()
			.and("country", Specs.equalTo("country", Countries.normalise(query.country())))
			.and("type", Specs.equalTo("type", query.type()))
			.and("locality", Specs.in("localityId", coverage));
	}

	/** Organisations seated in one of the localities: for the locality roll-up of other lists. */
	public static Specs.Condition<Organisation> seatedIn(Set<Long> localityIds) {
		return (organisation, cb) -> organisation.get("localityId").in(localityIds);
	}

	/** Seated in a locality that meets the condition, looked up in the same statement. */
	public static Specs.Condition<Organisation> seatedIn(Specs.Condition<Locality> locality) {
		return Specs.holding("localityId", Locality.class, locality);
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
		return ByIds.keyed(entityManager, Organisation.class, ids, Organisation::getId);
	}

	/**
	 * The organisations of these ids that the current reader may read: all a write may name, since
	 * one the writer may not read must be answered as if it did not exist.
	 */
	public Map<Long, Organisation> readableByIds(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		return organisations.findAll(Specification.allOf(Specs.in("id", ids), Access.readable()))
			.stream()
			.collect(Collectors.toMap(Organisation::getId, Function.identity()));
	}

	/**
	 * The organisations with these ids that the reader may read, keyed by id, with what naming them
	 * takes and their type, in one query that loads no entity (a network names thousands at once).
	 */
	public Map<Long, OrganisationName> readableNamesByIds(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		CriteriaBuilder cb = entityManager.getCriteriaBuilder();
		CriteriaQuery<Tuple> query = cb.createTupleQuery();
		Root<Organisation> root = query.from(Organisation.class);
		Path<Names> names = root.get("names");
		query.multiselect(root.get("id"), names.get("vi"), names.get("en"), names.get("ko"), names.get("nativeName"),
				root.get("country"), root.get("type"))
			.where(Specification.allOf(Specs.in("id", ids), Access.<Organisation>readable()).toPredicate(root, query, cb));
		return entityManager.createQuery(query)
			.getResultStream()
			.map(row -> new OrganisationName(row.get(0, Long.class),
					new Names(row.get(1, String.class), row.get(2, String.class), row.get(3, String.class),
							row.get(4, String.class)),
					row.get(5, String.class), row.get(6, OrganisationType.class)))
			.collect(Collectors.toMap(OrganisationName::id, Function.identity()));
	}

	/** What naming an organisation takes, and its type, read without its entity. */
	public record OrganisationName(long id, Names names, String country, OrganisationType type) {
	}

	@Transactional
	public Organisation create(OrganisationDraft draft) {
		Access.checkWriter();
		OrganisationDraft normalised = validate(draft);
		Stewardship stewardship = stewardship(normalised, null);
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
		String before = changes.snapshot(organisation);
		organisation.apply(normalised, stewardship);
		Organisation saved = organisations.saveAndFlush(organisation);
		changes.updated(ENTITY, id, saved.getNames().vi(), before, saved);
		return saved;
	}

	/** Deletes the organisation unless a partnership names it, or it changed since {@code expectedVersion}. */
	@Transactional
	public void delete(long id, Long expectedVersion) {
		Organisation organisation = find(id);
		Access.checkWrite(organisation.getStewardship());
		changes.checkVersion(ENTITY, id, expectedVersion, organisation);
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
		return Access.stewardshipAfterWrite(localities.currentProvinceOf(draft.localityId()).orElse(null),
				draft.visibility(), existing);
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
