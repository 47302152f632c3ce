package vn.hoptac.conferences;

import java.util.List;
import java.util.Set;

import jakarta.persistence.EntityManager;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hoptac.conferences.internal.ConferenceRepository;
import vn.hoptac.geo.Locality;
import vn.hoptac.geo.LocalityService;
import vn.hoptac.partners.Organisation;
import vn.hoptac.partners.OrganisationService;
import vn.hoptac.partners.PartnershipService;
import vn.hoptac.shared.Access;
import vn.hoptac.shared.ChangeRecorder;
import vn.hoptac.shared.Countries;
import vn.hoptac.shared.Facet;
import vn.hoptac.shared.FacetCounts;
import vn.hoptac.shared.FacetFilters;
import vn.hoptac.shared.ListPage;
import vn.hoptac.shared.NotFoundException;
import vn.hoptac.shared.RecordList;
import vn.hoptac.shared.RuleViolationException;
import vn.hoptac.shared.Specs;
import vn.hoptac.shared.Stewardship;
import vn.hoptac.shared.Visibility;

/**
 * Conferences: the list (with the year's list for the report to MOFA), the record with its dossier
 * path, and its writes, each scoped, validated and audited. Pages and API both go through here.
 */
@Service
@Transactional(readOnly = true)
public class ConferenceService {

	public static final String ENTITY = "conference";

	private static final List<Facet> FACETS = List.of(Facet.value("country", "foreignCountry"),
			Facet.value("kind", "kind"), Facet.value("stage", "currentStage"), Facet.value("authority", "authority"),
			Facet.member("field", "fields"), Facet.decade("decade", "startOn"));

	private final ConferenceRepository conferences;

	private final OrganisationService organisations;

	private final LocalityService localities;

	private final PartnershipService partnerships;

	private final ChangeRecorder changes;

	private final RecordList<Conference> list;

	ConferenceService(ConferenceRepository conferences, OrganisationService organisations,
			LocalityService localities, PartnershipService partnerships, ChangeRecorder changes,
			EntityManager entityManager) {
		this.conferences = conferences;
		this.organisations = organisations;
		this.localities = localities;
		this.partnerships = partnerships;
		this.changes = changes;
		this.list = RecordList.of(Conference.class, entityManager).alsoMatchingRelated().guarded();
	}

	public ListPage<Conference> search(ConferenceQuery query, Pageable pageable) {
		return list.page(facetFilters(query).all(), query.text(), pageable);
	}

	/** How many conferences each facet value has, under the list's other filters. */
	public FacetCounts facetCounts(ConferenceQuery query) {
		return list.counts(facetFilters(query), query.text(), FACETS);
	}

	/** The countries of the foreign parties of the conferences the reader may see. */
	public List<String> foreignCountries() {
		return list.distinctValues("foreignCountry", Specification.unrestricted());
	}

	private FacetFilters<Conference> facetFilters(ConferenceQuery query) {
		return FacetFilters.<Conference>of()
			.and("country", Specs.equalTo("foreignCountry", Countries.normalise(query.country())))
			.and("kind", Specs.equalTo("kind", query.kind()))
			.and("stage", Specs.equalTo("currentStage", query.stage()))
			.and("authority", Specs.equalTo("authority", query.authority()))
			.and("partnership", Specs.equalTo("partnershipId", query.partnershipId()))
			.and("field", Specs.has("fields", query.field()))
			.and("decade", Specs.inYears("startOn", query.yearFrom(), query.yearTo()))
			.and("locality", inProvince(query));
	}

	/** Kept by the province, or by one of the provinces it succeeded over the years asked for. */
	private Specification<Conference> inProvince(ConferenceQuery query) {
		if (query.localityId() == null) {
			return Specification.unrestricted();
		}
		Set<Long> covered = localities.coverage(query.localityId(), Specs.startOf(query.yearFrom()),
				Specs.endOf(query.yearTo()));
		return (root, cq, cb) -> root.get("stewardship").get("provinceId").in(covered);
	}

	/** The conference with its fields and steps loaded. */
	public Conference get(long id) {
		Conference conference = find(id);
		Access.checkRead(conference.getStewardship());
		conference.loadDetails();
		return conference;
	}

	/** Checks a draft against every rule, writing nothing: a form reports them all at once. */
	public void check(ConferenceDraft draft) {
		Access.checkWriter();
		validate(draft);
	}

	@Transactional
	public Conference create(ConferenceDraft draft) {
		Access.checkWriter();
		Parties parties = validate(draft);
		Stewardship stewardship = Access.stewardshipAfterWrite(parties.province(), draft.visibility(), null);
		Conference saved = conferences.save(new Conference(draft, parties.foreignCountry(), stewardship));
		changes.created(ENTITY, saved.getId(), saved.getTitle(), saved);
		return saved;
	}

	@Transactional
	public Conference update(long id, ConferenceDraft draft, Long expectedVersion) {
		Conference conference = find(id);
		Access.checkWrite(conference.getStewardship());
		changes.checkVersion(ENTITY, id, expectedVersion, conference);
		conference.loadDetails();
		Parties parties = validate(draft);
		Stewardship stewardship = Access.stewardshipAfterWrite(parties.province(), draft.visibility(),
				conference.getStewardship());
		String before = changes.snapshot(conference);
		conference.apply(draft, parties.foreignCountry(), stewardship);
		conferences.saveAndFlush(conference);
		changes.updated(ENTITY, id, conference.getTitle(), before, conference);
		return conference;
	}

	/** Deletes the conference with its steps; the audit keeps it as it was. */
	@Transactional
	public void delete(long id, Long expectedVersion) {
		Conference conference = find(id);
		Access.checkDelete(conference.getStewardship());
		changes.checkVersion(ENTITY, id, expectedVersion, conference);
		conference.loadDetails();
		String before = changes.snapshot(conference);
		conferences.delete(conference);
		conferences.flush();
		changes.deleted(ENTITY, id, conference.getTitle(), before);
	}

	private Conference find(long id) {
		return conferences.findById(id).orElseThrow(() -> new NotFoundException(ENTITY, id));
	}

	private Parties validate(ConferenceDraft draft) {
		var errors = new RuleViolationException.Collector();
		errors.rejectIf(draft.title() == null || draft.title().isBlank(), "title", "validation.required");
		errors.rejectIf(draft.kind() == null, "kind", "validation.required");
		errors.rejectIf(draft.organiserOrganisationId() == null && draft.vnLocalityId() == null, "vnLocalityId",
				"conference.vnPartyRequired");
		errors.rejectIf(draft.foreignOrganisationId() != null && draft.foreignLocalityId() != null,
				"foreignLocalityId", "partnership.onePartyRequired");
		Long organiserProvince = null;
		if (draft.organiserOrganisationId() != null) {
			Organisation organiser = organisation(draft.organiserOrganisationId(), "organiserOrganisationId",
					draft.visibility(), errors);
			errors.rejectIf(organiser != null && !Countries.VIETNAM.equals(organiser.getCountry()),
					"organiserOrganisationId", "partnership.vnPartyNotVietnamese");
			organiserProvince = organiser == null ? null : organiser.getStewardship().provinceId();
		}
		Long hostProvince = null;
		if (draft.vnLocalityId() != null) {
			Locality host = localities.byIds(List.of(draft.vnLocalityId())).get(draft.vnLocalityId());
			errors.rejectIf(host == null, "vnLocalityId", "validation.unknownReference", draft.vnLocalityId());
			errors.rejectIf(host != null && !Countries.VIETNAM.equals(host.getCountry()), "vnLocalityId",
					"partnership.vnPartyNotVietnamese");
			hostProvince = host == null ? null : localities.currentProvinceOf(host.getId()).orElse(null);
		}
		String foreignCountry = null;
		if (draft.foreignOrganisationId() != null) {
			Organisation foreign = organisation(draft.foreignOrganisationId(), "foreignOrganisationId",
					draft.visibility(), errors);
			foreignCountry = foreign == null ? null : foreign.getCountry();
			errors.rejectIf(Countries.VIETNAM.equals(foreignCountry), "foreignOrganisationId",
					"partnership.foreignPartyVietnamese");
		}
		else if (draft.foreignLocalityId() != null) {
			Locality foreign = localities.byIds(List.of(draft.foreignLocalityId())).get(draft.foreignLocalityId());
			errors.rejectIf(foreign == null, "foreignLocalityId", "validation.unknownReference",
					draft.foreignLocalityId());
			foreignCountry = foreign == null ? null : foreign.getCountry();
			errors.rejectIf(Countries.VIETNAM.equals(foreignCountry), "foreignLocalityId",
					"partnership.foreignPartyVietnamese");
		}
		// a partnership the writer may not read is answered as one that does not exist
		errors.rejectIf(draft.partnershipId() != null && partnerships.findReadable(draft.partnershipId()).isEmpty(),
				"partnershipId", "validation.unknownReference", draft.partnershipId());
		errors.rejectIf(draft.participants() != null && draft.participants() < 0, "participants",
				"conference.figure.negative");
		errors.rejectIf(draft.foreignParticipants() != null && draft.foreignParticipants() < 0,
				"foreignParticipants", "conference.figure.negative");
		errors.rejectIf(DossierOrder.definitelyBefore(draft.endOn(), draft.startOn()), "endOn",
				"validation.endBeforeStart");
		DossierOrder.check(draft.steps(), errors);
		errors.throwIfAny();
		return new Parties(hostProvince != null ? hostProvince : organiserProvince, foreignCountry);
	}

	/** A readable organisation shared at least as widely as the conference, or null with the field's error. */
	private Organisation organisation(long id, String field, Visibility visibility,
			RuleViolationException.Collector errors) {
		Organisation organisation = organisations.readableByIds(List.of(id)).get(id);
		errors.rejectIf(organisation == null, field, "validation.unknownReference", id);
		errors.rejectIf(organisation != null && !organisation.getStewardship().visibility().sharedAsWidelyAs(visibility),
				field, "validation.referenceSharedLessWidely", id);
		return organisation;
	}

	/** What the parties imply: the province that keeps the conference and the foreign country. */
	private record Parties(Long province, String foreignCountry) {
	}

}
