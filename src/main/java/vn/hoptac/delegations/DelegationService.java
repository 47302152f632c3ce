package vn.hoptac.delegations;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hoptac.agreements.Agreement;
import vn.hoptac.delegations.internal.DelegationPlanRepository;
import vn.hoptac.delegations.internal.DelegationRepository;
import vn.hoptac.delegations.internal.DelegationTally;
import vn.hoptac.events.EventService;
import vn.hoptac.money.Converted;
import vn.hoptac.money.ExchangeRates;
import vn.hoptac.money.Money;
import vn.hoptac.geo.LocalityService;
import vn.hoptac.partners.PartyRules;
import vn.hoptac.partners.PartyRules.Side;
import vn.hoptac.partners.Organisation;
import vn.hoptac.partners.OrganisationService;
import vn.hoptac.partners.PartnershipService;
import vn.hoptac.shared.Access;
import vn.hoptac.shared.ChangeRecorder;
import vn.hoptac.shared.Countries;
import vn.hoptac.shared.DatePrecision;
import vn.hoptac.shared.DraftService;
import vn.hoptac.shared.Facet;
import vn.hoptac.shared.FacetCounts;
import vn.hoptac.shared.FacetFilters;
import vn.hoptac.shared.GroupStats;
import vn.hoptac.shared.ListPage;
import vn.hoptac.shared.PartyLinks;
import vn.hoptac.shared.RecordList;
import vn.hoptac.shared.RecordWrites;
import vn.hoptac.shared.RuleViolationException;
import vn.hoptac.shared.Specs;
import vn.hoptac.shared.Stewardship;

/**
 * Delegations: the list with its facets and statistics, one delegation, and the writes, each
 * scoped to the province of the Vietnamese party, validated and audited. Pages and API share it.
 */
@Service
@Transactional(readOnly = true)
public class DelegationService implements DraftService<Delegation, DelegationDraft> {

	public static final String ENTITY = "delegation";

	private static final Set<DatePrecision> BOUNDS = java.util.EnumSet.of(DatePrecision.BEFORE_YEAR, DatePrecision.BEFORE_MONTH,
			DatePrecision.BEFORE_DAY);

	private static final List<Facet> FACETS = List.of(Facet.value("country", "foreignCountry"),
			Facet.value("direction", "direction"), Facet.value("status", "status"), Facet.value("rank", "headRank"),
			Facet.member("field", "fields"), Facet.decade("decade", "startOn"));

	private final DelegationRepository delegations;

	private final DelegationPlanRepository plans;

	private final PartnershipService partnerships;

	private final LocalityService localities;

	private final PartyRules parties;

	private final ExchangeRates rates;

	private final Money money;

	private final EntityManager entityManager;

	private final RecordList<Delegation> list;

	private final DelegationTally tally;

	private final EventService events;

	private final RecordWrites<Delegation> writes;

	DelegationService(DelegationRepository delegations, DelegationPlanRepository plans,
			PartnershipService partnerships, LocalityService localities, PartyRules parties, ChangeRecorder changes,
			ExchangeRates rates, Money money, EntityManager entityManager, DelegationTally tally,
			EventService events) {
		this.delegations = delegations;
		this.plans = plans;
		this.partnerships = partnerships;
		this.localities = localities;
		this.parties = parties;
		this.rates = rates;
		this.money = money;
		this.entityManager = entityManager;
		this.list = RecordList.of(Delegation.class, entityManager).alsoMatchingRelated().guarded();
		this.tally = tally;
		this.events = events;
		this.writes = RecordWrites.of(ENTITY, delegations, changes, Delegation::getTitle, Delegation::loadDetails);
	}

	/** A page of the list; a list shows no guests, so theirs are not read ({@link #get} reads them). */
	public ListPage<Delegation> search(DelegationQuery query, Pageable pageable) {
		return list.page(facetFilters(query).all(), query.text(), pageable);
	}

	public FacetCounts facetCounts(DelegationQuery query) {
		return list.counts(facetFilters(query), query.text(), FACETS);
	}

	/** The countries of the foreign parties in the delegations the current reader may see. */
	public List<String> foreignCountries() {
		return list.distinctValues("foreignCountry", Specification.unrestricted());
	}

	private FacetFilters<Delegation> facetFilters(DelegationQuery query) {
		return FacetFilters.<Delegation>of()
			.and("country", Specs.equalTo("foreignCountry", Countries.normalise(query.country())))
			.and("direction", Specs.equalTo("direction", query.direction()))
			.and("status", Specs.equalTo("status", query.status()))
			.and("rank", Specs.equalTo("headRank", query.rank()))
			.and("partnership", Specs.equalTo("partnershipId", query.partnershipId()))
			.and("field", Specs.has("fields", query.field()))
			.and("decade", Specs.inYears("startOn", query.yearFrom(), query.yearTo()))
			.and("plan", realising(query.planId()))
			.and("locality", involving(query.localityId(), query.yearFrom(), query.yearTo()));
	}

	/** The Vietnamese party is the locality (with its history over the years) or an organisation seated there. */
	private Specification<Delegation> involving(Long localityId, Integer yearFrom, Integer yearTo) {
		if (localityId == null) {
			return Specification.unrestricted();
		}
		Set<Long> covered = localities.coverage(localityId, Specs.startOf(yearFrom), Specs.endOf(yearTo));
		return Specs.referencesAny(List.of(
				Specs.<Delegation>wayHolding("vnLocalityId", covered),
				Specs.way(Organisation.class, "vnOrganisationId", OrganisationService.seatedIn(covered))));
	}

	/** The delegations that realise an item of the plan. */
	private static Specification<Delegation> realising(Long planId) {
		if (planId == null) {
			return Specification.unrestricted();
		}
		return (root, cq, cb) -> {
			Subquery<Long> items = cq.subquery(Long.class);
			Root<DelegationPlan> plan = items.from(DelegationPlan.class);
			Join<DelegationPlan, DelegationPlanItem> item = plan.join("items");
			items.select(item.get("id")).where(cb.equal(plan.get("id"), planId));
			return root.get("planItemId").in(items);
		};
	}

	/**
	 * How many delegations, and persons, each group has among those the list would show with the
	 * same filters (the reader's access included): one grouped query. By year, a delegation whose
	 * start is only bounded ("before 2020") or unknown counts under no year. Without filters the
	 * counts kept by the writes are read ({@link DelegationTally}), not every delegation.
	 */
	public List<StatsRow> stats(DelegationQuery query, StatsGrouping grouping) {
		List<StatsRow> rows = DelegationQuery.all().equals(query) ? tally.rows(grouping)
				: rolledUp(query, grouping).orElseGet(() -> counted(query, grouping, Specification.unrestricted()));
		// the keys' text is the tie-break: made once per row, not once per comparison (thousands of partners)
		return rows.stream()
			.map(row -> Map.entry(String.valueOf(row.key()), row))
			.sorted(Comparator.<Map.Entry<String, StatsRow>>comparingLong(entry -> -entry.getValue().delegations())
				.thenComparing(Map.Entry::getKey))
			.map(Map.Entry::getValue)
			.toList();
	}

	/**
	 * A province's roll-up without other filters, when its history is made of whole top-level
	 * localities (today's province and those merged into it): the delegations whose Vietnamese party
	 * is a locality there are read from the counts kept by the writes, those naming an organisation
	 * (whose seat may move) are grouped from the table, and the two are added up.
	 */
	private java.util.Optional<List<StatsRow>> rolledUp(DelegationQuery query, StatsGrouping grouping) {
		if (query.localityId() == null || !query.equals(DelegationQuery.ofLocality(query.localityId()))) {
			return java.util.Optional.empty();
		}
		return localities.topLevelCoverage(query.localityId()).map(tops -> {
			Map<String, StatsRow> sums = new LinkedHashMap<>();
			java.util.stream.Stream.concat(tally.rollUp(grouping, tops).stream(),
					counted(query, grouping, (root, cq, cb) -> cb.isNotNull(root.get("vnOrganisationId"))).stream())
				.forEach(row -> sums.merge(String.valueOf(row.key()), row, StatsRow::plus));
			return List.copyOf(sums.values());
		});
	}

	/**
	 * The statistics grouped from the delegations that pass the filters and {@code also} (and that
	 * the reader may read).
	 */
	private List<StatsRow> counted(DelegationQuery query, StatsGrouping grouping, Specification<Delegation> also) {
		List<Facet> groups = switch (grouping) {
			case PARTNER -> List.of(Facet.value("foreignLocality", "foreignLocalityId"),
					Facet.value("foreignOrganisation", "foreignOrganisationId"));
			case COUNTRY -> List.of(Facet.value("country", "foreignCountry"));
			case DIRECTION -> List.of(Facet.value("direction", "direction"));
			case YEAR -> List.of(Facet.year("year", "startOn"), Facet.value("precision", "startPrecision"));
		};
		Specification<Delegation> filters = facetFilters(query).all().and(also);
		if (query.text() != null && !query.text().isBlank()) {
			filters = list.where(filters, query.text());
		}
		Map<List<Object>, StatsRow> rows = new LinkedHashMap<>();
		for (GroupStats.Row row : list.statsBy(groups, List.of("size"), filters)) {
			List<Object> key = grouping != StatsGrouping.YEAR ? row.keys()
					: java.util.Collections.singletonList(BOUNDS.contains(row.key(1)) ? null : row.key(0));
			BigDecimal persons = row.sum("size");
			rows.merge(key, new StatsRow(key, row.count(), persons == null ? 0 : persons.longValue(), row.known("size")),
					StatsRow::plus);
		}
		return List.copyOf(rows.values());
	}

	/**
	 * How many delegations a province keeps (null: every province) per year of their start and
	 * direction, among those the reader may read: rows keyed {@code [year, direction]}, the year null
	 * when the start is unknown or only bounded. Read from the counts kept by the writes (tens of rows).
	 */
	public List<StatsRow> perYearAndDirection(Long keptBy) {
		return tally.keptBy(DelegationTally.Grouping.YEAR_DIRECTION, keptBy);
	}

	/** Counts every delegation afresh into the statistics kept by the writes, after a bulk load that bypassed them. */
	@Transactional
	public void recountStatistics() {
		tally.rebuild();
	}

	public Delegation get(long id) {
		return writes.read(id);
	}

	/** The delegations that realise the plan's items, as far as the reader may see them. */
	public List<Delegation> realising(Collection<Long> planItemIds) {
		return planItemIds.isEmpty() ? List.of()
				: delegations.findByPlanItemIdInOrderByStartOn(planItemIds)
					.stream()
					.filter(d -> Access.canRead(d.getStewardship()))
					.toList();
	}

	/**
	 * The delegations the reader may see that the province keeps, started within the period and
	 * realising no plan item: what happened without being planned.
	 */
	public List<Delegation> unplanned(Long provinceId, java.time.LocalDate from, java.time.LocalDate to) {
		Specification<Delegation> spec = Specification.allOf(
				(root, cq, cb) -> cb.and(provinceId == null ? cb.isNull(root.get("stewardship").get("provinceId"))
						: cb.equal(root.get("stewardship").get("provinceId"), provinceId),
						cb.isNull(root.get("planItemId")), cb.between(root.get("startOn"), from, to),
						cb.not(root.get("startPrecision").in(BOUNDS))),
				Access.readable());
		return delegations.findAll(spec, org.springframework.data.domain.Sort.by("startOn", "id"));
	}

	/**
	 * The delegations the reader may see with a follow-up still open whose due day is before the
	 * given one: what the reminders call overdue.
	 */
	public List<Delegation> withFollowUpOpenBefore(java.time.LocalDate day) {
		Specification<Delegation> spec = Specification.allOf(
				Specs.hasRowBefore("followUps", "status", FollowUpStatus.OPEN, "dueOn", day), Access.readable());
		List<Delegation> found = delegations.findAll(spec, org.springframework.data.domain.Sort.by("id"));
		found.forEach(Delegation::loadDetails);
		return found;
	}

	/** Whether any delegation realises one of these items (readable or not): such an item stays. */
	boolean anyRealises(Collection<Long> planItemIds) {
		return !planItemIds.isEmpty() && delegations.existsByPlanItemIdIn(planItemIds);
	}

	/** Checks a draft against every rule, writing nothing: a form reports them all at once. */
	public void check(DelegationDraft draft) {
		Access.checkWriter();
		validate(draft);
	}

	@Transactional
	public Delegation create(DelegationDraft draft) {
		Delegation saved = writes.create(() -> {
			Checked checked = validate(draft);
			Stewardship stewardship = Access.stewardshipAfterWrite(checked.province(), draft.visibility(), null);
			Delegation delegation = new Delegation(draft, checked.foreignCountry(), stewardship);
			delegation.convertedCost(checked.cost());
			return delegation;
		});
		tally.add(tally.counted(saved));
		return saved;
	}

	/** Changes the delegation, and its counts in the statistics (in the same transaction). */
	@Transactional
	public Delegation update(long id, DelegationDraft draft, Long expectedVersion) {
		AtomicReference<DelegationTally.Counted> before = new AtomicReference<>();
		Delegation updated = writes.update(id, expectedVersion, delegation -> {
			Checked checked = validate(draft);
			Stewardship stewardship = Access.stewardshipAfterWrite(checked.province(), draft.visibility(),
					delegation.getStewardship());
			before.set(tally.counted(delegation));
			delegation.apply(draft, checked.foreignCountry(), stewardship);
			delegation.convertedCost(checked.cost());
		});
		tally.remove(before.get());
		tally.add(tally.counted(updated));
		return updated;
	}

	/**
	 * Names the event the delegation attended or held (null: none), which must exist and be
	 * readable; scoped, versioned and audited as any change of the delegation.
	 */
	@Transactional
	public Delegation attendEvent(long id, Long eventId, Long expectedVersion) {
		return writes.update(id, expectedVersion, delegation -> {
			var errors = new RuleViolationException.Collector();
			checkEvent(eventId, errors);
			errors.throwIfAny();
			delegation.attendEvent(eventId);
		});
	}

	/** Deletes the delegation; the audit keeps it. Administrators, and province administrators in their province. */
	@Transactional
	public void delete(long id, Long expectedVersion) {
		AtomicReference<DelegationTally.Counted> counted = new AtomicReference<>();
		writes.delete(id, expectedVersion, delegation -> counted.set(tally.counted(delegation)));
		tally.remove(counted.get());
	}

	/** What validation learnt: the province that keeps the delegation and the foreign party's country. */
	private record Checked(Long province, String foreignCountry, Converted cost) {
	}

	private Checked validate(DelegationDraft d) {
		var errors = new RuleViolationException.Collector();
		errors.rejectIf(d.title() == null || d.title().isBlank(), "title", "validation.required");
		errors.rejectIf(d.direction() == null, "direction", "validation.required");
		errors.rejectIf(d.status() == null, "status", "validation.required");
		var vn = parties.check(d.vnLocalityId(), d.vnOrganisationId(), "vnLocalityId", "vnOrganisationId", Side.VN,
				false, d.visibility(), errors);
		errors.rejectIf(d.foreignLocalityId() == null && d.foreignOrganisationId() == null, "foreignLocalityId",
				"delegation.foreignPartyRequired");
		var foreign = parties.check(d.foreignLocalityId(), d.foreignOrganisationId(), "foreignLocalityId",
				"foreignOrganisationId", Side.FOREIGN, false, d.visibility(), errors);
		errors.rejectIf(d.startOn() != null && d.endOn() != null && d.endOn().definitelyBefore(d.startOn()), "endOn",
				"validation.endBeforeStart");
		errors.rejectIf(d.size() != null && d.size() < 1, "size", "delegation.size.positive");
		Converted cost = cost(d, errors);
		errors.rejectIf(d.partnershipId() != null && partnerships.findReadable(d.partnershipId()).isEmpty(),
				"partnershipId", "validation.unknownReference", d.partnershipId());
		checkEvent(d.eventId(), errors);
		Set<Long> readableAgreements = readableAgreements(d.agreementIds());
		d.agreementIds()
			.stream()
			.filter(id -> !readableAgreements.contains(id))
			.findFirst()
			.ifPresent(id -> errors.reject("agreementIds", "validation.unknownReference", id));
		errors.rejectIf(d.planItemId() != null && plans.findByItemId(d.planItemId())
			.filter(plan -> Access.canRead(plan.getStewardship()))
			.isEmpty(), "planItemId", "validation.unknownReference", d.planItemId());
		for (int i = 0; i < d.guests().size(); i++) {
			DelegationGuest guest = d.guests().get(i);
			String field = "guests[" + i + "].organisationId";
			if (guest.organisationId() == null && guest.localityId() == null) {
				errors.reject(field, "partnership.onePartyRequired");
			}
			else {
				parties.check(guest.localityId(), guest.organisationId(), "guests[" + i + "].localityId", field, Side.ANY,
						false, d.visibility(), errors);
			}
		}
		for (int i = 0; i < d.followUps().size(); i++) {
			FollowUp followUp = d.followUps().get(i);
			errors.rejectIf(followUp.action() == null || followUp.action().isBlank(), "followUps[" + i + "].action",
					"validation.required");
			errors.rejectIf(followUp.status() == null, "followUps[" + i + "].status", "validation.required");
		}
		errors.throwIfAny();
		return new Checked(vn.map(PartyRules.Checked::province).orElse(null),
				foreign.map(PartyRules.Checked::country).orElse(null), cost);
	}

	/**
	 * A cost is a non-negative amount in a currency of the codelist, converted to its exact đồng and
	 * dollar equivalents at the rates of the delegation's start; a currency without a rate then is
	 * refused at {@code costCurrency}. A cost whose day is unknown stays unconverted (null).
	 */
	private Converted cost(DelegationDraft d, RuleViolationException.Collector errors) {
		if (d.costAmount() == null) {
			return null;
		}
		errors.rejectIf(d.costAmount().signum() < 0, "costAmount", "delegation.cost.negative");
		// the columns keep 2 decimals; 15 digits before them leave room for the đồng equivalent
		errors.rejectIf(d.costAmount().scale() > 2 || d.costAmount().precision() - d.costAmount().scale() > 15,
				"costAmount", "delegation.cost.digits");
		if (d.costCurrency() == null || d.costCurrency().isBlank()) {
			errors.reject("costCurrency", "validation.required");
			return null;
		}
		if (rates.currency(d.costCurrency()).filter(c -> !c.isWithdrawn()).isEmpty()) {
			errors.reject("costCurrency", "money.currency.unknown", d.costCurrency());
			return null;
		}
		return d.startOn() == null ? null
				: money.convert(d.costAmount(), d.costCurrency(), d.startOn().date(), "costCurrency", errors)
					.orElse(null);
	}

	/** An event a delegation names must exist and be readable: others are answered as unknown. */
	private void checkEvent(Long eventId, RuleViolationException.Collector errors) {
		errors.rejectIf(eventId != null && events.findReadable(eventId).isEmpty(), "eventId",
				"validation.unknownReference", eventId);
	}

	/** The ids among these of agreements the current reader may see: others are answered as unknown. */
	private Set<Long> readableAgreements(Collection<Long> ids) {
		return agreementTitles(ids).keySet();
	}

	/** The titles of the readable agreements among these ids, by id (for a delegation's page and history). */
	public Map<Long, String> agreementTitles(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		CriteriaBuilder cb = entityManager.getCriteriaBuilder();
		CriteriaQuery<Agreement> cq = cb.createQuery(Agreement.class);
		Root<Agreement> root = cq.from(Agreement.class);
		cq.select(root).where(root.get("id").in(ids));
		return entityManager.createQuery(cq)
			.getResultList()
			.stream()
			.filter(a -> Access.canRead(a.getStewardship()))
			.collect(Collectors.toMap(Agreement::getId, Agreement::getTitle, (a, b) -> a, java.util.LinkedHashMap::new));
	}

	/**
	 * Which Vietnamese party the delegations link with which foreign one, per year of their start, as far as the
	 * reader may see them (a province's, or all when null): the lines of the network of actors.
	 */
	public List<PartyLinks.Link> partyLinks(Long provinceId) {
		return list.partyLinks(PartyLinks.Ends.attributes("vnLocalityId", "vnOrganisationId", "foreignLocalityId",
				"foreignOrganisationId", "startOn"), PartyLinks.keptBy(provinceId));
	}

}
