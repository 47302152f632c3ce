package vn.hoptac.partners;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.EntityManager;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hoptac.geo.Locality;
import vn.hoptac.geo.LocalityService;
import vn.hoptac.partners.internal.PartnershipRepository;
import vn.hoptac.shared.Access;
import vn.hoptac.shared.ChangeRecorder;
import vn.hoptac.shared.Countries;
import vn.hoptac.shared.ListPage;
import vn.hoptac.shared.NotFoundException;
import vn.hoptac.shared.Facet;
import vn.hoptac.shared.FacetCounts;
import vn.hoptac.shared.FacetFilters;
import vn.hoptac.shared.RecordList;
import vn.hoptac.shared.RuleViolationException;
import vn.hoptac.shared.Specs;
import vn.hoptac.shared.Stewardship;
import vn.hoptac.shared.Visibility;

@Service
@Transactional(readOnly = true)
public class PartnershipService {

	public static final String ENTITY = "partnership";

	private final PartnershipRepository partnerships;

	private final OrganisationService organisations;

	private final LocalityService localities;

	private final ChangeRecorder changes;

	private final RecordList<Partnership> list;

	/** The facets of the list that are counted (the province roll-up is not a grouping). */
	private static final List<Facet> FACETS = List.of(Facet.value("country", "foreignCountry"),
			Facet.value("type", "currentType"), Facet.value("status", "currentStatus"), Facet.value("level", "level"),
			Facet.member("field", "fields"), Facet.decade("decade", "establishedOn"));

	PartnershipService(PartnershipRepository partnerships, OrganisationService organisations,
			LocalityService localities, ChangeRecorder changes, EntityManager entityManager) {
		this.list = RecordList.of(Partnership.class, entityManager)
			.alsoMatching(Organisation.class, "vnOrganisationId", "foreignOrganisationId")
			.alsoMatching(Locality.class, "vnLocalityId", "foreignLocalityId")
			.guarded();
		this.partnerships = partnerships;
		this.organisations = organisations;
		this.localities = localities;
		this.changes = changes;
	}

	public ListPage<Partnership> search(PartnershipQuery query, Pageable pageable) {
		return list.page(filter(query), query.text(), pageable);
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
		return Specification.anyOf(Specs.in("vnLocalityId", covered), Specs.in("foreignLocalityId", covered),
				Specs.references(Organisation.class, "vnOrganisationId", seated),
				Specs.references(Organisation.class, "foreignOrganisationId", seated));
	}

	/** The partnership with its fields, histories and milestones loaded. */
	public Partnership get(long id) {
		Partnership partnership = find(id);
		Access.checkRead(partnership.getStewardship());
		partnership.loadDetails();
		return partnership;
	}

	/** The partnership, if it exists and the current reader may see it (details not loaded). */
	public Optional<Partnership> findReadable(long id) {
		return partnerships.findById(id).filter(p -> Access.canRead(p.getStewardship()));
	}

	/** The countries of the foreign parties in the partnerships the current reader may see. */
	public List<String> foreignCountries() {
		return list.distinctValues("foreignCountry", Specification.unrestricted());
	}

	@Transactional
	public Partnership create(PartnershipDraft draft) {
		Access.checkWriter();
		Parties parties = validate(draft);
		Stewardship stewardship = Access.stewardshipAfterWrite(parties.vn().province(), draft.visibility(), null);
		Partnership saved = partnerships.save(new Partnership(draft, parties.title(draft.title()),
				parties.foreignCountry(), stewardship));
		changes.created(ENTITY, saved.getId(), saved.getTitle(), saved);
		return saved;
	}

	@Transactional
	public Partnership update(long id, PartnershipDraft draft, Long expectedVersion) {
		Partnership partnership = find(id);
		Access.checkWrite(partnership.getStewardship());
		changes.checkVersion(ENTITY, id, expectedVersion, partnership);
		Parties parties = validate(draft);
		Stewardship stewardship = Access.stewardshipAfterWrite(parties.vn().province(), draft.visibility(),
				partnership.getStewardship());
		partnership.loadDetails();
		String before = changes.snapshot(partnership);
		partnership.apply(draft, parties.title(draft.title()), parties.foreignCountry(), stewardship);
		partnerships.saveAndFlush(partnership);
		changes.updated(ENTITY, id, partnership.getTitle(), before, partnership);
		return partnership;
	}

	@Transactional
	public void delete(long id) {
		Partnership partnership = find(id);
		Access.checkWrite(partnership.getStewardship());
		partnership.loadDetails();
		String before = changes.snapshot(partnership);
		partnerships.delete(partnership);
		partnerships.flush();
		changes.deleted(ENTITY, id, partnership.getTitle(), before);
	}

	private Partnership find(long id) {
		return partnerships.findById(id).orElseThrow(() -> new NotFoundException(ENTITY, id));
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

}
