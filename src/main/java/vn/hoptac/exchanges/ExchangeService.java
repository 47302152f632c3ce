package vn.hoptac.exchanges;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.EntityManager;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hoptac.exchanges.ExchangeStats.ExchangeGroupBy;
import vn.hoptac.exchanges.internal.ExchangeRepository;
import vn.hoptac.exchanges.internal.ExchangeStatsQuery;
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
import vn.hoptac.shared.ListPage;
import vn.hoptac.shared.PartyLinks;
import vn.hoptac.shared.RecordList;
import vn.hoptac.shared.RecordWrites;
import vn.hoptac.shared.RuleViolationException;
import vn.hoptac.shared.SaneDates;
import vn.hoptac.shared.Specs;
import vn.hoptac.shared.DraftService;

/**
 * Exchanges of people: the list with its facets and statistics, and every write, scoped to the
 * province of the Vietnamese party, validated and audited, for the API and the pages alike.
 */
@Service
@Transactional(readOnly = true)
public class ExchangeService implements DraftService<Exchange, ExchangeDraft> {

	public static final String ENTITY = "exchange";

	private static final List<Facet> FACETS = List.of(Facet.value("country", "foreignCountry"),
			Facet.value("kind", "kind"), Facet.value("status", "status"), Facet.member("field", "fields"),
			Facet.decade("decade", "startOn"));

	private final ExchangeRepository exchanges;

	private final PartnershipService partnerships;

	private final LocalityService localities;

	private final PartyRules parties;

	private final RecordWrites<Exchange> writes;

	private final EntityManager entityManager;

	private final RecordList<Exchange> list;

	ExchangeService(ExchangeRepository exchanges, PartnershipService partnerships, LocalityService localities,
			PartyRules parties, ChangeRecorder changes, EntityManager entityManager) {
		this.exchanges = exchanges;
		this.partnerships = partnerships;
		this.localities = localities;
		this.parties = parties;
		this.writes = RecordWrites.of(ENTITY, exchanges, changes, Exchange::getTitle, Exchange::loadDetails);
		this.entityManager = entityManager;
		this.list = RecordList.of(Exchange.class, entityManager).alsoMatchingRelated().guarded();
	}

	public ListPage<Exchange> search(ExchangeQuery query, Pageable pageable) {
		return list.page(facetFilters(query).all(), query.text(), pageable);
	}

	/** How many exchanges each facet value of the list has, under the list's other filters. */
	public FacetCounts facetCounts(ExchangeQuery query) {
		return list.counts(facetFilters(query), query.text(), FACETS);
	}

	/** Persons who took part in the exchanges of the list, summed per group (one grouped query). */
	public ExchangeStats stats(ExchangeQuery query, ExchangeGroupBy groupBy) {
		return ExchangeStatsQuery.run(entityManager, groupBy, list.where(facetFilters(query).all(), query.text()));
	}

	/** The countries of the foreign parties in the exchanges the current reader may see. */
	public List<String> foreignCountries() {
		return list.distinctValues("foreignCountry", Specification.unrestricted());
	}

	private FacetFilters<Exchange> facetFilters(ExchangeQuery query) {
		return FacetFilters.<Exchange>of()
			.and("country", Specs.equalTo("foreignCountry", Countries.normalise(query.country())))
			.and("kind", Specs.equalTo("kind", query.kind()))
			.and("status", Specs.equalTo("status", query.status()))
			.and("partnership", Specs.equalTo("partnershipId", query.partnershipId()))
			.and("field", Specs.has("fields", query.field()))
			.and("decade", Specs.inYears("startOn", query.yearFrom(), query.yearTo()))
			.and("locality", involving(query.localityId(), query.yearFrom(), query.yearTo()));
	}

	/** A party belongs to the locality's history over the years: one of those localities or seated in one. */
	private Specification<Exchange> involving(Long localityId, Integer yearFrom, Integer yearTo) {
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

	/** The exchange with its fields and counts loaded. */
	@Override
	public Exchange get(long id) {
		return writes.read(id);
	}

	/** The exchange, if it exists and the current reader may see it. */
	public Optional<Exchange> findReadable(long id) {
		return exchanges.findById(id).filter(e -> Access.canRead(e.getStewardship()));
	}

	/** Checks a draft against every rule, writing nothing: a form reports them all at once. */
	@Override
	public void check(ExchangeDraft draft) {
		Access.checkWriter();
		validate(draft);
	}

	@Override
	@Transactional
	public Exchange create(ExchangeDraft draft) {
		return writes.create(() -> {
			Validated valid = validate(draft);
			return new Exchange(draft, valid.foreignCountry(),
					Access.stewardshipAfterWrite(valid.province(), draft.visibility(), null));
		});
	}

	@Override
	@Transactional
	public Exchange update(long id, ExchangeDraft draft, Long expectedVersion) {
		return writes.update(id, expectedVersion, exchange -> {
			Validated valid = validate(draft);
			exchange.apply(draft, valid.foreignCountry(),
					Access.stewardshipAfterWrite(valid.province(), draft.visibility(), exchange.getStewardship()));
		});
	}

	/** Deletes the exchange with its counts; the audit keeps it as it was. */
	@Override
	@Transactional
	public void delete(long id, Long expectedVersion) {
		writes.delete(id, expectedVersion);
	}

	/** What the rules found: the province that keeps the exchange and its foreign country. */
	private record Validated(Long province, String foreignCountry) {
	}

	private Validated validate(ExchangeDraft draft) {
		var errors = new RuleViolationException.Collector();
		errors.rejectIf(draft.title() == null || draft.title().isBlank(), "title", "validation.required");
		errors.rejectIf(draft.kind() == null, "kind", "validation.required");
		errors.rejectIf(draft.status() == null, "status", "validation.required");
		Optional<Checked> vn = parties.check(draft.vnLocalityId(), draft.vnOrganisationId(), "vnLocalityId",
				"vnOrganisationId", Side.VN, true, draft.visibility(), errors);
		Optional<Checked> foreign = parties.check(draft.foreignLocalityId(), draft.foreignOrganisationId(),
				"foreignLocalityId", "foreignOrganisationId", Side.FOREIGN, false, draft.visibility(), errors);
		String country = foreign.map(Checked::country).orElse(Countries.normalise(draft.foreignCountry()));
		errors.rejectIf(country != null && !Countries.isValid(country), "foreignCountry", "validation.country");
		errors.rejectIf(Countries.VIETNAM.equals(country), "foreignCountry", "partnership.foreignPartyVietnamese");
		// a partnership the writer may not read is answered as one that does not exist
		errors.rejectIf(draft.partnershipId() != null && partnerships.findReadable(draft.partnershipId()).isEmpty(),
				"partnershipId", "validation.unknownReference", draft.partnershipId());
		PartyRules.checkPeriod(draft.startOn(), draft.endOn(), "endOn", errors);
		validateCounts(draft.counts(), errors);
		errors.throwIfAny();
		return new Validated(vn.map(Checked::province).orElse(null), country);
	}

	/**
	 * Each count says what it counts; and no person is counted twice when the counts are summed:
	 * for one direction, measure and unit, a count for the whole period (no year) overlaps every
	 * count by year, and one for both sexes overlaps those by sex.
	 */
	private static void validateCounts(List<ExchangeCount> counts, RuleViolationException.Collector errors) {
		for (int i = 0; i < counts.size(); i++) {
			ExchangeCount c = counts.get(i);
			String field = "counts[" + i + "]";
			errors.rejectIf(c.direction() == null, field + ".direction", "validation.required");
			errors.rejectIf(c.sex() == null, field + ".sex", "validation.required");
			errors.rejectIf(c.measure() == null, field + ".measure", "validation.required");
			errors.rejectIf(c.unit() == null, field + ".unit", "validation.required");
			errors.rejectIf(c.qualifier() == null, field + ".qualifier", "validation.required");
			errors.rejectIf(c.count() == null, field + ".count", "validation.required");
			errors.rejectIf(c.count() != null && c.count() < 0, field + ".count", "exchange.counts.negative");
			errors.rejectIf(c.year() != null && !SaneDates.accepts(c.year()), field + ".year", "validation.badValue",
					c.year());
			for (int j = 0; j < i; j++) {
				if (overlap(counts.get(j), c)) {
					errors.reject(field, "exchange.counts.overlap", j + 1);
					break;
				}
			}
		}
	}

	private static boolean overlap(ExchangeCount a, ExchangeCount b) {
		return a.direction() != null && a.direction() == b.direction() && a.measure() == b.measure()
				&& a.unit() == b.unit()
				&& (a.year() == null || b.year() == null || a.year().equals(b.year()))
				&& (a.sex() == ExchangeSex.ALL || b.sex() == ExchangeSex.ALL || a.sex() == b.sex());
	}

	/**
	 * Which Vietnamese party the exchanges link with which foreign one, per year of their start, as far as the
	 * reader may see them (a province's, or all when null): the lines of the network of actors.
	 */
	public List<PartyLinks.Link> partyLinks(Long provinceId) {
		return list.partyLinks(PartyLinks.Ends.attributes("vnLocalityId", "vnOrganisationId", "foreignLocalityId",
				"foreignOrganisationId", "startOn"), PartyLinks.keptBy(provinceId));
	}

}
