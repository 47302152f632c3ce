package vn.hoptac.conferences;

import java.util.List;
import java.util.Set;

import jakarta.persistence.EntityManager;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hoptac.conferences.internal.ConferenceRepository;
import vn.hoptac.geo.LocalityService;
import vn.hoptac.partners.PartyRules;
import vn.hoptac.partners.PartyRules.Side;
import vn.hoptac.partners.PartnershipService;
import vn.hoptac.shared.Access;
import vn.hoptac.shared.ChangeRecorder;
import vn.hoptac.shared.Countries;
import vn.hoptac.shared.Facet;
import vn.hoptac.shared.FacetCounts;
import vn.hoptac.shared.FacetFilters;
import vn.hoptac.shared.ListPage;
import vn.hoptac.shared.RecordList;
import vn.hoptac.shared.RecordWrites;
import vn.hoptac.shared.RuleViolationException;
import vn.hoptac.shared.Specs;
import vn.hoptac.shared.DraftService;

/**
 * Conferences: the list (with the year's list for the report to MOFA), the record with its dossier
 * path, and its writes, each scoped, validated and audited. Pages and API both go through here.
 */
@Service
@Transactional(readOnly = true)
public class ConferenceService implements DraftService<Conference, ConferenceDraft> {

	public static final String ENTITY = "conference";

	private static final List<Facet> FACETS = List.of(Facet.value("country", "foreignCountry"),
			Facet.value("kind", "kind"), Facet.value("stage", "currentStage"), Facet.value("authority", "authority"),
			Facet.member("field", "fields"), Facet.decade("decade", "startOn"));

	private final ConferenceRepository conferences;

	private final PartyRules partyRules;

	private final LocalityService localities;

	private final PartnershipService partnerships;

	private final RecordWrites<Conference> writes;

	private final RecordList<Conference> list;

	ConferenceService(ConferenceRepository conferences, PartyRules partyRules,
			LocalityService localities, PartnershipService partnerships, ChangeRecorder changes,
			EntityManager entityManager) {
		this.conferences = conferences;
		this.partyRules = partyRules;
		this.localities = localities;
		this.partnerships = partnerships;
		this.writes = RecordWrites.of(ENTITY, conferences, changes, Conference::getTitle, Conference::loadDetails);
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
	@Override
	public Conference get(long id) {
		return writes.read(id);
	}

	/** Checks a draft against every rule, writing nothing: a form reports them all at once. */
	@Override
	public void check(ConferenceDraft draft) {
		Access.checkWriter();
		validate(draft);
	}

	@Override
	@Transactional
	public Conference create(ConferenceDraft draft) {
		return writes.create(() -> {
			Parties parties = validate(draft);
			return new Conference(draft, parties.foreignCountry(),
					Access.stewardshipAfterWrite(parties.province(), draft.visibility(), null));
		});
	}

	@Override
	@Transactional
	public Conference update(long id, ConferenceDraft draft, Long expectedVersion) {
		return writes.update(id, expectedVersion, conference -> {
			Parties parties = validate(draft);
			conference.apply(draft, parties.foreignCountry(),
					Access.stewardshipAfterWrite(parties.province(), draft.visibility(), conference.getStewardship()));
		});
	}

	/** Deletes the conference with its steps; the audit keeps it as it was. */
	@Override
	@Transactional
	public void delete(long id, Long expectedVersion) {
		writes.delete(id, expectedVersion);
	}

	private Parties validate(ConferenceDraft draft) {
		var errors = new RuleViolationException.Collector();
		errors.rejectIf(draft.title() == null || draft.title().isBlank(), "title", "validation.required");
		errors.rejectIf(draft.kind() == null, "kind", "validation.required");
		errors.rejectIf(draft.organiserOrganisationId() == null && draft.vnLocalityId() == null, "vnLocalityId",
				"conference.vnPartyRequired");
		// the organiser answers for the conference where no host locality is named
		Long organiserProvince = partyRules.check(null, draft.organiserOrganisationId(), "vnLocalityId",
				"organiserOrganisationId", Side.VN, false, draft.visibility(), errors)
			.map(PartyRules.Checked::province)
			.orElse(null);
		Long hostProvince = partyRules.check(draft.vnLocalityId(), null, "vnLocalityId", "vnLocalityId", Side.VN, false,
				draft.visibility(), errors)
			.map(PartyRules.Checked::province)
			.orElse(null);
		String foreignCountry = partyRules.check(draft.foreignLocalityId(), draft.foreignOrganisationId(),
				"foreignLocalityId", "foreignOrganisationId", Side.FOREIGN, false, draft.visibility(), errors)
			.map(PartyRules.Checked::country)
			.orElse(null);
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

	/** What the parties imply: the province that keeps the conference and the foreign country. */
	private record Parties(Long province, String foreignCountry) {
	}

}
