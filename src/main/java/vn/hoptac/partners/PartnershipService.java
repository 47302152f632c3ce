package vn.hoptac.partners;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hoptac.geo.Locality;
import vn.hoptac.geo.LocalityService;
import vn.hoptac.partners.internal.PartnershipRepository;
import vn.hoptac.shared.Access;
import vn.hoptac.shared.ChangeRecorder;
import vn.hoptac.shared.ConflictException;
import vn.hoptac.shared.Countries;
import vn.hoptac.shared.DraftService;
import vn.hoptac.shared.ListPage;
import vn.hoptac.shared.Facet;
import vn.hoptac.shared.FormOptions;
import vn.hoptac.shared.FacetCounts;
import vn.hoptac.shared.FacetFilters;
import vn.hoptac.shared.PartnershipScope;
import vn.hoptac.shared.PartyLinks;
import vn.hoptac.shared.RecordList;
import vn.hoptac.shared.RecordWrites;
import vn.hoptac.shared.RecordRef;
import vn.hoptac.shared.RuleViolationException;
import vn.hoptac.shared.Specs;
import vn.hoptac.shared.Stewardship;
import vn.hoptac.shared.Visibility;

@Service
@Transactional(readOnly = true)
public class PartnershipService implements DraftService<Partnership, PartnershipDraft> {

	public static final String ENTITY = "partnership";

	/** Up to this many partnerships, a {@link #scopeOf scope} names them by id. */
	static final int SCOPE_BY_ID = 1_000;

	/** How many partnerships a form offers to choose from. */
	private static final int FORM_OPTIONS = 1000;

	private final PartnershipRepository partnerships;

	private final OrganisationService organisations;

	private final LocalityService localities;

	private final RecordWrites<Partnership> writes;

	private final RecordList<Partnership> list;

	private final List<PartnershipLinks> links;

	private final EntityManager entityManager;

	/** The facets of the list that are counted (the province roll-up is not a grouping). */
	private static final List<Facet> FACETS = List.of(Facet.value("country", "foreignCountry"),
			Facet.value("type", "currentType"), Facet.value("status", "currentStatus"), Facet.value("level", "level"),
			Facet.member("field", "fields"), Facet.decade("decade", "establishedOn"));

	PartnershipService(PartnershipRepository partnerships, OrganisationService organisations,
			LocalityService localities, ChangeRecorder changes, EntityManager entityManager,
			List<PartnershipLinks> links) {
		this.links = links;
		this.entityManager = entityManager;
		this.list = RecordList.of(Partnership.class, entityManager)
			.alsoMatchingRelated()
			.guarded();
		this.partnerships = partnerships;
		this.organisations = organisations;
		this.localities = localities;
		this.writes = RecordWrites.of(ENTITY, partnerships, changes, Partnership::getTitle, Partnership::loadDetails);
	}

	public ListPage<Partnership> search(PartnershipQuery query, Pageable pageable) {
		return list.page(filter(query), query.text(), pageable);
	}

	/**
	 * The partnerships a query finds, at most {@code limit} in the list's order, as what a summary
	 * reads of each: one projection query, no entity loaded (a nation's health reads thousands).
	 */
	public List<Summary> summaries(PartnershipQuery query, int limit) {
		return summaries(list.where(filter(query), query.text()), limit);
	}

	/**
	 * The partnerships of a {@link #scopeOf scope} that the reader may see, as {@link #summaries(PartnershipQuery, int)}
	 * reads them: a province's health asks its scope once, for the facts and the signals alike.
	 */
	public List<Summary> summaries(PartnershipScope scope, int limit) {
		Specification<Partnership> inScope = (root, query, cb) -> scope.contains(root.get("id"), query, cb);
		return summaries(list.where(inScope, null), limit);
	}

	private List<Summary> summaries(Specification<Partnership> where, int limit) {
		CriteriaBuilder cb = entityManager.getCriteriaBuilder();
		CriteriaQuery<Tuple> rows = cb.createTupleQuery();
		Root<Partnership> root = rows.from(Partnership.class);
		Predicate restriction = where.toPredicate(root, rows, cb);
		rows.multiselect(root.get("id"), root.get("title"), root.get("stewardship").get("provinceId"),
				root.get("currentStatus"), root.get("currentType"), root.get("establishedOn"))
			.orderBy(cb.asc(root.get("sortKey")), cb.asc(root.get("id")));
		if (restriction != null) {
			rows.where(restriction);
		}
		return entityManager.createQuery(rows)
			.setMaxResults(limit)
			.getResultStream()
			.map(row -> new Summary(row.get(0, Long.class), row.get(1, String.class), row.get(2, Long.class),
					row.get(3, PartnershipStatus.class), row.get(4, PartnershipType.class),
					row.get(5, LocalDate.class)))
			.toList();
	}

	/** A partnership as a summary reads it: its title, keeping province, current status and type, and start. */
	public record Summary(long id, String title, Long provinceId, PartnershipStatus status, PartnershipType type,
			LocalDate establishedOn) {
	}

	/**
	 * The partnerships the query's filters find, as a condition on other records' partnership id, so
	 * that a province's or the nation's partnerships are asked about in one statement: nothing when
	 * nothing is filtered; their ids when they are at most {@link #SCOPE_BY_ID} (one short query for
	 * them first), which PostgreSQL answers faster than the subquery (a province's health, SQL alone:
	 * 178 requests a second by ids, 57 by the subquery, docs/benchmarks.md); else the filters as a
	 * subquery. The reader's access to partnerships is not part of it: the records asked about apply
	 * their own.
	 */
	public PartnershipScope scopeOf(PartnershipQuery query) {
		return scopeOf(query, SCOPE_BY_ID);
	}

	/** {@link #scopeOf(PartnershipQuery)} with the most partnerships named by id. */
	PartnershipScope scopeOf(PartnershipQuery query, int byIdUpTo) {
		FacetFilters<Partnership> filters = facetFilters(query);
		if (!filters.restricts()) {
			return PartnershipScope.everyPartnership();
		}
		List<Long> found = idsOf(filters.all(), byIdUpTo + 1);
		return found.size() <= byIdUpTo ? PartnershipScope.of(found) : matching(filters.all());
	}

	/** The ids of at most {@code limit} partnerships the filters find, whoever may read them. */
	private List<Long> idsOf(Specification<Partnership> filters, int limit) {
		CriteriaBuilder cb = entityManager.getCriteriaBuilder();
		CriteriaQuery<Long> ids = cb.createQuery(Long.class);
		Root<Partnership> partnership = ids.from(Partnership.class);
		ids.select(partnership.get("id")).where(filters.toPredicate(partnership, ids, cb));
		return entityManager.createQuery(ids).setMaxResults(limit).getResultList();
	}

	/** The partnerships the filters find, as a subquery within the records' own query. */
	private static PartnershipScope matching(Specification<Partnership> filters) {
		return (partnershipId, outer, cb) -> {
			Subquery<Long> found = outer.subquery(Long.class);
			Root<Partnership> partnership = found.from(Partnership.class);
			return partnershipId.in(found.select(partnership.get("id")).where(filters.toPredicate(partnership, outer, cb)));
		};
	}

	private Specification<Partnership> filter(PartnershipQuery query) {
		return facetFilters(query).all();
	}

	/** How many partnerships each facet value of the list has, under the list's other filters. */
	public FacetCounts facetCounts(PartnershipQuery query) {
		return list.counts(facetFilters(query), query.text(), FACETS);
	}

	private FacetFilters<Partnership> facetFilters(PartnershipQuery query) {
		return FacetFilters.<Partnership>of()
			.and("country", Specs.equalTo("foreignCountry", Countries.normalise(query.country())))
			.and("type", Specs.equalTo("currentType", query.type()))
			.and("status", Specs.equalTo("currentStatus", query.status()))
			.and("level", Specs.equalTo("level", query.level()))
			.and("field", Specs.has("fields", query.field()))
			.and("decade", Specs.inYears("establishedOn", query.yearFrom(), query.yearTo()))
			.and("locality", involving(query.localityId(), query.yearFrom(), query.yearTo()));
	}

	/**
	 * A party belongs to the locality's history over the years ({@link LocalityService#coverage}):
	 * it is one of those localities or an organisation seated in one.
	 */
	private Specification<Partnership> involving(Long localityId, Integer yearFrom, Integer yearTo) {
		if (localityId == null) {
			return Specification.unrestricted();
		}
		Set<Long> covered = localities.coverage(localityId, Specs.startOf(yearFrom), Specs.endOf(yearTo));
		Specs.Condition<Organisation> seated = OrganisationService.seatedIn(covered);
		Specs.Condition<Locality> isCovered = (locality, cb) -> locality.get("id").in(covered);
		return Specs.referencesAny(List.of(Specs.way(Locality.class, "vnLocalityId", isCovered),
				Specs.way(Locality.class, "foreignLocalityId", isCovered),
				Specs.way(Organisation.class, "vnOrganisationId", seated),
				Specs.way(Organisation.class, "foreignOrganisationId", seated)));
	}

	/** A page of the partnerships in which the organisation is a party, that the current reader may see. */
	public ListPage<Partnership> involvingOrganisation(long organisationId, Pageable pageable) {
		return list.page(Specification.anyOf(Specs.equalTo("vnOrganisationId", organisationId),
				Specs.equalTo("foreignOrganisationId", organisationId)), null, pageable);
	}

	/**
	 * How many partnerships the current reader may see each province keeps (the key null: kept
	 * nationally): one grouped query. Provinces are current ones, so a merged province's records
	 * count with its successor's.
	 */
	public Map<Long, Long> countByProvince() {
		return list.countsBy("stewardship.provinceId", Long.class, Specification.unrestricted());
	}

	/** As {@link #countByProvince()}, of the partnerships created or changed since the instant. */
	public Map<Long, Long> changedSinceByProvince(Instant since) {
		return list.countsBy("stewardship.provinceId", Long.class, Specs.atLeast("updatedAt", since));
	}

	/** The partnership with its fields, histories and milestones loaded. */
	public Partnership get(long id) {
		return writes.read(id);
	}

	/** The partnership, if it exists and the current reader may see it (details not loaded). */
	public Optional<Partnership> findReadable(long id) {
		return partnerships.findById(id).filter(p -> Access.canRead(p.getStewardship()));
	}

	/**
	 * The partnerships a form offers to link a record to: those the reader may see, by name, and
	 * the one the form names first if it is not among them.
	 */
	public List<Partnership> formOptions(Long selected) {
		return FormOptions.including(list
			.page(Specification.unrestricted(), null,
					org.springframework.data.domain.PageRequest.of(0, FORM_OPTIONS, Sort.by("sortKey")))
			.getContent(), selected, this::findReadable);
	}

	/** The countries of the foreign parties in the partnerships the current reader may see. */
	public List<String> foreignCountries() {
		return list.distinctValues("foreignCountry", Specification.unrestricted());
	}

	/** Checks a draft against every rule, writing nothing: a form reports them all at once. */
	public void check(PartnershipDraft draft) {
		Access.checkWriter();
		validate(draft);
	}

	@Transactional
	public Partnership create(PartnershipDraft draft) {
		return create(draft, false);
	}

	/**
	 * Creates the partnership; one between the same parties at the same level as an existing one is
	 * refused (409, naming it) unless the writer says another is intended.
	 */
	@Transactional
	public Partnership create(PartnershipDraft draft, boolean duplicateIntended) {
		return writes.create(() -> {
			Parties parties = validate(draft);
			Stewardship stewardship = Access.stewardshipAfterWrite(parties.vn().province(), draft.visibility(), null);
			refuseDuplicate(draft, null, duplicateIntended);
			return new Partnership(draft, parties.title(draft.title()), parties.foreignCountry(), stewardship);
		});
	}

	@Transactional
	public Partnership update(long id, PartnershipDraft draft, Long expectedVersion) {
		return update(id, draft, expectedVersion, false);
	}

	@Transactional
	public Partnership update(long id, PartnershipDraft draft, Long expectedVersion, boolean duplicateIntended) {
		return writes.update(id, expectedVersion, partnership -> {
			Parties parties = validate(draft);
			Stewardship stewardship = Access.stewardshipAfterWrite(parties.vn().province(), draft.visibility(),
					partnership.getStewardship());
			// a partnership already sharing its parties and level with another stays as it is unless they change
			refuseDuplicate(draft, id, duplicateIntended || sameParties(partnership, draft));
			partnership.apply(draft, parties.title(draft.title()), parties.foreignCountry(), stewardship);
		});
	}

	/**
	 * Deletes the partnership with its histories; the audit keeps it as it was. Only administrators,
	 * and province administrators for their province's records, delete. A partnership that agreements
	 * still belong to is not deleted (409 naming them): unlinking them silently would lose what the
	 * officer recorded, so they are unlinked or deleted first.
	 */
	@Transactional
	public void delete(long id, Long expectedVersion) {
		writes.delete(id, expectedVersion, partnership -> {
			List<RecordRef> linked = links.stream().flatMap(l -> l.linkedTo(id).stream()).toList();
			if (!linked.isEmpty()) {
				throw new ConflictException("linked", linked, "id", "partnership.delete.linked",
						linked.stream().map(RecordRef::title).collect(java.util.stream.Collectors.joining("; ")));
			}
		});
	}

	private static boolean sameParties(Partnership partnership, PartnershipDraft draft) {
		return partnership.getLevel() == draft.level()
				&& java.util.Objects.equals(partnership.getVnLocalityId(), draft.vnLocalityId())
				&& java.util.Objects.equals(partnership.getVnOrganisationId(), draft.vnOrganisationId())
				&& java.util.Objects.equals(partnership.getForeignLocalityId(), draft.foreignLocalityId())
				&& java.util.Objects.equals(partnership.getForeignOrganisationId(), draft.foreignOrganisationId());
	}

	/** The readable partnerships between the same parties at the same level, other than {@code self}. */
	private void refuseDuplicate(PartnershipDraft draft, Long self, boolean duplicateIntended) {
		if (duplicateIntended) {
			return;
		}
		Specification<Partnership> sameParties = (root, query, cb) -> cb.and(cb.equal(root.get("level"), draft.level()),
				sameLocality(root.get("vnLocalityId"), draft.vnLocalityId(), cb),
				sameValue(root.get("vnOrganisationId"), draft.vnOrganisationId(), cb),
				sameLocality(root.get("foreignLocalityId"), draft.foreignLocalityId(), cb),
				sameValue(root.get("foreignOrganisationId"), draft.foreignOrganisationId(), cb));
		List<RecordRef> same = partnerships.findAll(sameParties, Sort.by("id"))
			.stream()
			.filter(p -> !p.getId().equals(self) && Access.canRead(p.getStewardship()))
			.map(p -> new RecordRef(ENTITY, p.getId(), p.getTitle(), "/partnerships/" + p.getId()))
			.toList();
		if (!same.isEmpty()) {
			throw new ConflictException("duplicate", same, "duplicateIntended", "partnership.duplicate",
					same.get(0).title());
		}
	}

	/** A locality party is the same party under its former or later names (Thái Nguyên before and after 2025). */
	private Predicate sameLocality(Path<Long> column, Long localityId, CriteriaBuilder cb) {
		return localityId == null ? cb.isNull(column) : column.in(localities.lineage(localityId));
	}

	private static Predicate sameValue(Path<Long> column, Long value, CriteriaBuilder cb) {
		return value == null ? cb.isNull(column) : cb.equal(column, value);
	}

	private Parties validate(PartnershipDraft draft) {
		var errors = new RuleViolationException.Collector();
		errors.rejectIf(draft.level() == null, "level", "validation.required");
		Party vn = party(draft.vnLocalityId(), draft.vnOrganisationId(), "vnLocalityId", "vnOrganisationId", errors);
		Party foreign = party(draft.foreignLocalityId(), draft.foreignOrganisationId(), "foreignLocalityId",
				"foreignOrganisationId", errors);
		errors.rejectIf(vn != null && !Countries.VIETNAM.equals(vn.country()), "vnLocalityId",
				"partnership.vnPartyNotVietnamese");
		errors.rejectIf(foreign != null && Countries.VIETNAM.equals(foreign.country()), "foreignLocalityId",
				"partnership.foreignPartyVietnamese");
		// a party shared less widely than the partnership would show its name to readers it is hidden from
		errors.rejectIf(vn != null && !vn.visibility().sharedAsWidelyAs(draft.visibility()), "vnOrganisationId",
				"validation.referenceSharedLessWidely", draft.vnOrganisationId());
		errors.rejectIf(foreign != null && !foreign.visibility().sharedAsWidelyAs(draft.visibility()),
				"foreignOrganisationId", "validation.referenceSharedLessWidely", draft.foreignOrganisationId());
		for (int i = 0; i < draft.types().size(); i++) {
			TypeChange change = draft.types().get(i);
			errors.rejectIf(change.type() == null, "types[" + i + "].type", "validation.required");
			errors.rejectIf(change.validFrom() == null, "types[" + i + "].validFrom", "validation.required");
		}
		for (int i = 0; i < draft.statuses().size(); i++) {
			StatusChange change = draft.statuses().get(i);
			errors.rejectIf(change.status() == null, "statuses[" + i + "].status", "validation.required");
			errors.rejectIf(change.validFrom() == null, "statuses[" + i + "].validFrom", "validation.required");
		}
		for (int i = 0; i < draft.milestones().size(); i++) {
			Milestone milestone = draft.milestones().get(i);
			errors.rejectIf(milestone.date() == null, "milestones[" + i + "].date", "validation.required");
			errors.rejectIf(milestone.title() == null || milestone.title().isBlank(), "milestones[" + i + "].title",
					"validation.required");
		}
		errors.throwIfAny();
		return new Parties(vn, foreign);
	}

	/** Exactly one of locality and organisation names a party; it must exist and be readable by the writer. */
	private Party party(Long localityId, Long organisationId, String localityField, String organisationField,
			RuleViolationException.Collector errors) {
		if ((localityId == null) == (organisationId == null)) {
			errors.reject(localityField, "partnership.onePartyRequired");
			return null;
		}
		if (localityId != null) {
			Locality locality = localities.byIds(List.of(localityId)).get(localityId);
			if (locality == null) {
				errors.reject(localityField, "validation.unknownReference", localityId);
				return null;
			}
			return new Party(locality.getCountry(), locality.getNames().vi(),
					localities.currentProvinceOf(localityId).orElse(null), Visibility.PUBLIC);
		}
		Organisation organisation = organisations.readableByIds(List.of(organisationId)).get(organisationId);
		if (organisation == null) {
			errors.reject(organisationField, "validation.unknownReference", organisationId);
			return null;
		}
		return new Party(organisation.getCountry(), organisation.getNames().vi(),
				organisation.getStewardship().provinceId(), organisation.getStewardship().visibility());
	}

	/**
	 * A party as the rules need it; {@code province} is the current Vietnamese province it belongs to,
	 * {@code visibility} who may read it (localities are public).
	 */
	private record Party(String country, String name, Long province, Visibility visibility) {
	}

	private record Parties(Party vn, Party foreign) {

		String title(String requested) {
			return requested != null && !requested.isBlank() ? requested.trim() : vn.name() + " – " + foreign.name();
		}

		String foreignCountry() {
			return foreign.country();
		}

	}

	/**
	 * Which Vietnamese party the partnerships link with which foreign one, per year of their establishment, as far as the
	 * reader may see them (a province's, or all when null): the lines of the network of actors.
	 */
	public List<PartyLinks.Link> partyLinks(Long provinceId) {
		return list.partyLinks(PartyLinks.Ends.attributes("vnLocalityId", "vnOrganisationId", "foreignLocalityId",
				"foreignOrganisationId", "establishedOn"), PartyLinks.keptBy(provinceId));
	}

}
