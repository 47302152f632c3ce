package vn.hoptac.agreements;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hoptac.agreements.internal.AgreementPartyLink;
import vn.hoptac.agreements.internal.AgreementRepository;
import vn.hoptac.agreements.internal.ReservedTreatyNames;
import vn.hoptac.calendar.WorkingDayCalendar;
import vn.hoptac.geo.Locality;
import vn.hoptac.geo.LocalityService;
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
import vn.hoptac.shared.DateOf;
import vn.hoptac.shared.LabelOf;
import vn.hoptac.shared.ListPage;
import vn.hoptac.shared.NotFoundException;
import vn.hoptac.shared.PartyLinks;
import vn.hoptac.shared.RecordList;
import vn.hoptac.shared.RecordWrites;
import vn.hoptac.shared.Role;
import vn.hoptac.shared.RuleViolationException;
import vn.hoptac.shared.Specs;
import vn.hoptac.shared.Stewardship;
import vn.hoptac.shared.Visibility;

@Service
@Transactional(readOnly = true)
public class AgreementService implements DraftService<Agreement, AgreementDraft> {

	public static final String ENTITY = "agreement";

	/** Stages after which an agreement's expiry date no longer matters. */
	private static final Set<ActionType> ENDED = EnumSet.of(ActionType.TERMINATED, ActionType.EXPIRED);

	private final AgreementRepository agreements;

	private final PartnershipService partnerships;

	private final OrganisationService organisations;

	private final LocalityService localities;

	private final WorkingDayCalendar calendar;

	private final Clock clock;

	private final ChangeRecorder changes;

	private final RecordList<Agreement> list;

	private final RecordWrites<Agreement> writes;

	/** The facets of the list that are counted (the province roll-up is not a grouping). */
	private static final List<Facet> FACETS = List.of(Facet.value("country", "foreignCountry"),
			Facet.value("type", "kind"), Facet.value("status", "currentStage"),
			Facet.value("legalBasis", "legalBasis"), Facet.value("level", "level"), Facet.member("field", "fields"),
			Facet.decade("decade", "signedOn"));

	AgreementService(AgreementRepository agreements, PartnershipService partnerships,
			OrganisationService organisations, LocalityService localities, WorkingDayCalendar calendar, Clock clock,
			ChangeRecorder changes, EntityManager entityManager) {
		this.list = RecordList.of(Agreement.class, entityManager)
			.alsoMatchingRelated()
			.guarded();
		this.changes = changes;
		this.writes = RecordWrites.of(ENTITY, agreements, changes, Agreement::getTitle, Agreement::loadDetails);
		this.agreements = agreements;
		this.partnerships = partnerships;
		this.organisations = organisations;
		this.localities = localities;
		this.calendar = calendar;
		this.clock = clock;
	}

	/** A page of the list, parties loaded. */
	public ListPage<Agreement> search(AgreementQuery query, Pageable pageable) {
		ListPage<Agreement> page = list.page(filter(query), query.text(), pageable);
		page.forEach(Agreement::loadParties);
		return page;
	}

	/** The parties of these agreements, in their order, by agreement id (an export's page of rows). */
	@Transactional(readOnly = true)
	public Map<Long, List<AgreementParty>> partiesOf(Collection<Long> ids) {
		Map<Long, List<AgreementParty>> parties = new HashMap<>();
		for (Object[] row : agreements.partiesOf(ids)) {
			parties.computeIfAbsent((Long) row[0], id -> new ArrayList<>()).add((AgreementParty) row[1]);
		}
		return parties;
	}

	private Specification<Agreement> filter(AgreementQuery query) {
		return facetFilters(query).all();
	}

	/** How many agreements each facet value of the list has, under the list's other filters. */
	public FacetCounts facetCounts(AgreementQuery query) {
		return list.counts(facetFilters(query), query.text(), FACETS);
	}

	private FacetFilters<Agreement> facetFilters(AgreementQuery query) {
		return FacetFilters.<Agreement>of()
			.and("country", Specs.equalTo("foreignCountry", Countries.normalise(query.country())))
			.and("type", Specs.equalTo("kind", query.type()))
			.and("status", Specs.equalTo("currentStage", query.status()))
			.and("legalBasis", Specs.equalTo("legalBasis", query.legalBasis()))
			.and("level", Specs.equalTo("level", query.level()))
			.and("partnership", Specs.equalTo("partnershipId", query.partnershipId()))
			.and("field", Specs.has("fields", query.field()))
			.and("decade", Specs.inYears("signedOn", query.yearFrom(), query.yearTo()))
			.and("locality", involving(query.localityId(), query.yearFrom(), query.yearTo()));
	}

	/**
	 * The locality roll-up: a party belongs to the locality's history over the years of signature
	 * ({@link LocalityService#covering}), as one of those localities or an organisation seated in one:
	 * one statement finds the history, the list's own finds the localities under it.
	 */
	private Specification<Agreement> involving(Long localityId, Integer yearFrom, Integer yearTo) {
		if (localityId == null) {
			return Specification.unrestricted();
		}
		Specs.Condition<Locality> covered = localities.covering(localityId, Specs.startOf(yearFrom),
				Specs.endOf(yearTo));
		return Specs.referencesAny(List.of(
				Specs.wayThrough(AgreementPartyLink.class, "agreementId", "localityId", Locality.class, covered),
				Specs.wayThrough(AgreementPartyLink.class, "agreementId", "organisationId", Organisation.class,
						OrganisationService.seatedIn(covered))));
	}

	/**
	 * The statutory deadlines still open in the agreements the current reader may see that fall due
	 * between the two days (inclusive; {@code from} null: any day before {@code to}), the soonest
	 * due first, with details loaded.
	 */
	public List<PendingDeadline> pendingDueBetween(LocalDate from, LocalDate to) {
		return agreements.findAll(Specification.allOf(openDeadlineDueBetween(from, to), Access.readable()))
			.stream()
			.map(agreement -> {
				agreement.loadDetails();
				return timeline(agreement).stream()
					.filter(entry -> entry.deadline() != null && entry.fulfilledOn() == null
							&& (from == null || !entry.dueDate().isBefore(from)) && !entry.dueDate().isAfter(to))
					.min(Comparator.comparing(TimelineEntry::dueDate))
					.map(entry -> new PendingDeadline(agreement, entry));
			})
			.flatMap(Optional::stream)
			.sorted(Comparator.comparing((PendingDeadline p) -> p.deadline().dueDate())
				.thenComparing(p -> p.agreement().getId()))
			.toList();
	}

	/**
	 * How many agreements the current reader may see each province keeps (the key null: kept
	 * nationally): one grouped query. Provinces are current ones, so a merged province's records
	 * count with its successor's.
	 */
	public Map<Long, Long> countByProvince() {
		return byProvince(Specification.unrestricted());
	}

	/** As {@link #countByProvince()}, of the agreements created or changed since the instant. */
	public Map<Long, Long> changedSinceByProvince(Instant since) {
		return byProvince(Specs.atLeast("updatedAt", since));
	}

	/**
	 * As {@link #countByProvince()}, of the agreements with a statutory deadline still open that
	 * falls due between the two days ({@code from} null: any day before {@code to}).
	 */
	public Map<Long, Long> pendingDueBetweenByProvince(LocalDate from, LocalDate to) {
		return byProvince(openDeadlineDueBetween(from, to));
	}

	private Map<Long, Long> byProvince(Specification<Agreement> filter) {
		return list.countsBy("stewardship.provinceId", Long.class, filter);
	}

	/**
	 * The agreement's latest action starts a statutory deadline that falls due between the two days:
	 * the due date grows with the start, so each deadline becomes a range of start days the
	 * database compares with the action's date. A later action would have become the latest, so
	 * none has met the deadline yet.
	 */
	private Specification<Agreement> openDeadlineDueBetween(LocalDate from, LocalDate to) {
		List<Specification<Agreement>> any = new ArrayList<>();
		for (StatutoryDeadline deadline : StatutoryDeadline.values()) {
			LocalDate earliest = from == null ? StatutoryDeadline.LAW_IN_FORCE
					: deadline.latestStartDueBy(from.minusDays(1), calendar).plusDays(1);
			if (earliest.isBefore(StatutoryDeadline.LAW_IN_FORCE)) {
				earliest = StatutoryDeadline.LAW_IN_FORCE;
			}
			LocalDate latest = deadline.latestStartDueBy(to, calendar);
			if (!latest.isBefore(earliest)) {
				any.add(Specification.allOf(Specs.equalTo("currentStage", deadline.trigger()),
						currentStageTakenBetween(earliest, latest)));
			}
		}
		return any.isEmpty() ? (root, cq, cb) -> cb.disjunction() : Specification.anyOf(any);
	}

	/** A page of the agreements in which the organisation is a party, that the current reader may see. */
	public ListPage<Agreement> involvingOrganisation(long organisationId, Pageable pageable) {
		ListPage<Agreement> page = list.page(Specs.references(Organisation.class, "parties.organisationId",
				(organisation, cb) -> cb.equal(organisation.get("id"), organisationId)), null, pageable);
		page.forEach(Agreement::loadParties);
		return page;
	}

	/**
	 * Agreements the current reader may see that expire between the two days (inclusive) and have
	 * not been terminated or declared expired, the soonest first; parties loaded.
	 */
	public List<Agreement> expiringBetween(LocalDate from, LocalDate to) {
		Specification<Agreement> spec = Specification.allOf(
				(root, cq, cb) -> cb.between(root.get("expiresOn"), from, to),
				(root, cq, cb) -> cb.or(cb.isNull(root.get("currentStage")),
						cb.not(root.get("currentStage").in(ENDED))),
				Access.readable());
		List<Agreement> found = agreements.findAll(spec, Sort.by("expiresOn", "id"));
		found.forEach(Agreement::loadParties);
		return found;
	}

	/** The countries of the foreign parties in the agreements the current reader may see. */
	public List<String> foreignCountries() {
		return list.distinctValues("foreignCountry", Specification.unrestricted());
	}

	/** The agreement with its parties, fields and actions loaded. */
	public Agreement get(long id) {
		return writes.read(id);
	}

	/** Each action with the statutory deadline it starts, as of today. */
	public List<TimelineEntry> timeline(Agreement agreement) {
		LocalDate today = LocalDate.now(clock);
		List<AgreementAction> actions = agreement.getActions();
		List<TimelineEntry> entries = new ArrayList<>(actions.size());
		for (int i = 0; i < actions.size(); i++) {
			AgreementAction action = actions.get(i);
			List<AgreementAction> later = actions.subList(i + 1, actions.size());
			entries.add(StatutoryDeadline.triggeredBy(action).map(deadline -> {
				LocalDate due = deadline.dueDate(action.date(), calendar);
				LocalDate fulfilled = later.stream()
					.filter(next -> deadline.isFulfilledBy(next.type()))
					.map(AgreementAction::date)
					.findFirst()
					.orElse(null);
				boolean overdue = fulfilled == null ? today.isAfter(due) : fulfilled.isAfter(due);
				return new TimelineEntry(action, deadline, due, fulfilled, overdue);
			}).orElseGet(() -> new TimelineEntry(action, null, null, null, false)));
		}
		return entries;
	}

	/** Checks a draft against every rule, writing nothing: a form reports them all at once. */
	public void check(AgreementDraft draft) {
		Access.checkWriter();
		validate(draft);
	}

	@Transactional
	public Agreement create(AgreementDraft draft) {
		return writes.create(() -> {
			validate(draft);
			Stewardship stewardship = Access.stewardshipAfterWrite(vnProvince(draft), draft.visibility(), null);
			Agreement agreement = new Agreement(draft, foreignCountry(draft), stewardship);
			statedDates(draft).forEach(agreement::record);
			return agreement;
		});
	}

	@Transactional
	public Agreement update(long id, AgreementDraft draft, Long expectedVersion) {
		return writes.update(id, expectedVersion, agreement -> {
			validate(draft, agreement);
			Stewardship stewardship = Access.stewardshipAfterWrite(vnProvince(draft), draft.visibility(),
					agreement.getStewardship());
			agreement.apply(draft, foreignCountry(draft), stewardship);
			statedDates(draft).stream()
				.filter(stated -> agreement.first(stated.type()).isEmpty())
				.forEach(agreement::record);
		});
	}

	/**
	 * Deletes the agreement with its parties and actions; the audit keeps the record as it was. Only
	 * administrators, and province administrators for their province's records, delete.
	 */
	@Transactional
	public void delete(long id, Long expectedVersion) {
		writes.delete(id, expectedVersion);
	}

	/** Records an action, dated as precisely as its source states it (a year, a month or a day). */
	@Transactional
	public Agreement recordAction(long id, ActionDraft draft) {
		Agreement agreement = writes.find(id);
		Access.checkWrite(agreement.getStewardship());
		if (draft.type() == ActionType.POLICY_APPROVED) {
			Access.checkRole(Role.ADMIN, Role.PROVINCE_ADMIN);
		}
		new RuleViolationException.Collector().rejectIf(draft.type() == null, "type", "validation.required")
			.rejectIf(draft.date() == null, "date", "validation.required")
			.rejectIf(draft.date() != null && draft.date().date().isAfter(LocalDate.now(clock)), "date",
					"agreement.action.future")
			.throwIfAny();
		agreement.loadDetails();
		AgreementAction action = new AgreementAction(draft.type(), draft.date().date(), draft.date().precision(),
				draft.note(), draft.source(), recordedNow());
		var errors = new RuleViolationException.Collector();
		checkOrder(action, agreement.getActions(), "date", errors);
		errors.throwIfAny();
		String before = changes.snapshot(agreement);
		agreement.record(action);
		agreements.saveAndFlush(agreement);
		changes.acted(ENTITY, id, draft.type() + " " + draft.date(), before, agreement);
		return agreement;
	}

	/**
	 * Withdraws one action (its position in the chronological history, from 0), as those who may
	 * delete the agreement may; the dates and stage that followed from it are recomputed.
	 */
	@Transactional
	public Agreement withdrawAction(long id, int position, Long expectedVersion) {
		Agreement agreement = deletable(id, expectedVersion);
		if (position < 0 || position >= agreement.getActions().size()) {
			throw new NotFoundException("agreementAction", position);
		}
		String before = changes.snapshot(agreement);
		AgreementAction withdrawn = agreement.withdraw(position);
		agreements.saveAndFlush(agreement);
		changes.acted(ENTITY, id, "-" + withdrawn.type() + " " + withdrawn.partialDate(), before, agreement);
		return agreement;
	}

	/** The agreement, loaded, if the current actor may delete from it and read the version given. */
	private Agreement deletable(long id, Long expectedVersion) {
		Agreement agreement = writes.find(id);
		Access.checkDelete(agreement.getStewardship());
		changes.checkVersion(ENTITY, id, expectedVersion, agreement);
		agreement.loadDetails();
		return agreement;
	}

	/** When an action is recorded, as the database keeps it (to the microsecond): a create answers with it unread. */
	private Instant recordedNow() {
		return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
	}

	/** The signing and entry-into-force dates a draft states, as the actions that make them true. */
	private List<AgreementAction> statedDates(AgreementDraft draft) {
		List<AgreementAction> stated = new ArrayList<>();
		Instant now = recordedNow();
		if (draft.signedOn() != null) {
			stated.add(new AgreementAction(ActionType.SIGNED, draft.signedOn().date(), draft.signedOn().precision(),
					null, draft.source(), now));
		}
		if (draft.effectiveOn() != null) {
			stated.add(new AgreementAction(ActionType.IN_FORCE, draft.effectiveOn(), DatePrecision.DAY, null,
					draft.source(), now));
		}
		return stated;
	}

	/** An action dated against the order of those recorded before it is refused, naming the one it contradicts. */
	private static void checkOrder(AgreementAction action, List<AgreementAction> recorded, String field,
			RuleViolationException.Collector errors) {
		LegalOrder.contradictedBy(action, recorded)
			.ifPresent(other -> errors.reject(field,
					LegalOrder.definitelyBefore(action, other) ? "agreement.action.beforeStep"
							: "agreement.action.afterStep",
					LabelOf.of(action.type()), DateOf.of(action.partialDate()), LabelOf.of(other.type()),
					DateOf.of(other.partialDate())));
	}

	private void validate(AgreementDraft draft) {
		validate(draft, null);
	}

	/**
	 * Checks every rule. The signing and entry-into-force dates follow from the actions: once an
	 * agreement has them, a draft may repeat them but not change them (the history is changed instead).
	 */
	private void validate(AgreementDraft draft, Agreement existing) {
		var errors = new RuleViolationException.Collector();
		errors.rejectIf(draft.title() == null || draft.title().isBlank(), "title", "validation.required");
		errors.rejectIf(draft.kind() == null, "kind", "validation.required");
		errors.rejectIf(draft.legalBasis() == null, "legalBasis", "validation.required");
		errors.rejectIf(draft.level() == null, "level", "validation.required");
		if (draft.legalBasis() == LegalBasis.INTERNATIONAL_AGREEMENT && draft.level() != null
				&& draft.level() != SignatoryLevel.NATIONAL && draft.title() != null) {
			ReservedTreatyNames.findIn(draft.title())
				.ifPresent(name -> errors.reject("title", "agreement.title.reservedTreatyName", name));
		}
		errors.rejectIf(draft.legalBasis() == LegalBasis.TREATY && draft.level() != null
				&& draft.level() != SignatoryLevel.NATIONAL, "legalBasis", "agreement.treaty.nationalOnly");
		if (draft.kind() != null && draft.kind().isTreatyName() && draft.level() != null
				&& draft.level() != SignatoryLevel.NATIONAL) {
			errors.reject("kind", "agreement.kind.treatyNationalOnly", LabelOf.of(draft.kind()));
		}
		if (existing != null) {
			List<AgreementAction> recorded = existing.getActions();
			for (AgreementAction stated : statedDates(draft)) {
				String field = stated.type() == ActionType.SIGNED ? "signedOn" : "effectiveOn";
				existing.first(stated.type()).ifPresentOrElse(action -> errors.rejectIf(
						!action.date().equals(stated.date())
								|| (stated.type() == ActionType.SIGNED && action.precision() != stated.precision()),
						field, "agreement.date.followsActions", LabelOf.of(stated.type()),
						DateOf.of(action.partialDate())), () -> checkOrder(stated, recorded, field, errors));
			}
		}
		// a bound ("before 12/2020") says nothing the effective and expiry dates could contradict
		LocalDate signed = draft.signedOn() == null || draft.signedOn().isBound() ? null : draft.signedOn().date();
		errors.rejectIf(signed != null && draft.effectiveOn() != null && draft.effectiveOn().isBefore(signed),
				"effectiveOn", "agreement.effectiveBeforeSigned");
		LocalDate start = draft.effectiveOn() != null ? draft.effectiveOn() : signed;
		errors.rejectIf(start != null && draft.expiresOn() != null && draft.expiresOn().isBefore(start), "expiresOn",
				"validation.endBeforeStart");
		// a partnership the writer may not read is answered as one that does not exist
		errors.rejectIf(draft.partnershipId() != null && partnerships.findReadable(draft.partnershipId()).isEmpty(),
				"partnershipId", "validation.unknownReference", draft.partnershipId());
		validateParties(draft.parties(), draft.visibility(), errors);
		errors.throwIfAny();
	}

	private void validateParties(List<AgreementParty> parties, Visibility visibility,
			RuleViolationException.Collector errors) {
		errors.rejectIf(parties.stream().noneMatch(p -> p.side() == PartySide.VN), "parties",
				"agreement.parties.vnRequired");
		errors.rejectIf(parties.stream().noneMatch(p -> p.side() == PartySide.FOREIGN), "parties",
				"agreement.parties.foreignRequired");
		Map<Long, Locality> places = localities
			.byIds(parties.stream().map(AgreementParty::localityId).filter(java.util.Objects::nonNull).toList());
		Map<Long, Organisation> bodies = organisations.readableByIds(
				parties.stream().map(AgreementParty::organisationId).filter(java.util.Objects::nonNull).toList());
		for (int i = 0; i < parties.size(); i++) {
			AgreementParty party = parties.get(i);
			String field = "parties[" + i + "]";
			errors.rejectIf(party.side() == null, field + ".side", "validation.required");
			if ((party.localityId() == null) == (party.organisationId() == null)) {
				errors.reject(field + ".localityId", "partnership.onePartyRequired");
				continue;
			}
			String country = null;
			if (party.localityId() != null) {
				Locality locality = places.get(party.localityId());
				errors.rejectIf(locality == null, field + ".localityId", "validation.unknownReference", party.localityId());
				if (locality != null) {
					country = locality.getCountry();
				}
			}
			else {
				Organisation organisation = bodies.get(party.organisationId());
				errors.rejectIf(organisation == null, field + ".organisationId", "validation.unknownReference",
						party.organisationId());
				// a party shared less widely than the agreement would show its name to readers it is hidden from
				errors.rejectIf(organisation != null
						&& !organisation.getStewardship().visibility().sharedAsWidelyAs(visibility),
						field + ".organisationId", "validation.referenceSharedLessWidely", party.organisationId());
				if (organisation != null) {
					country = organisation.getCountry();
				}
			}
			errors.rejectIf(country != null && party.side() == PartySide.VN && !Countries.VIETNAM.equals(country),
					field + ".side", "partnership.vnPartyNotVietnamese");
			errors.rejectIf(country != null && party.side() == PartySide.FOREIGN && Countries.VIETNAM.equals(country),
					field + ".side", "partnership.foreignPartyVietnamese");
		}
	}

	/** The current province of the first Vietnamese party: it keeps the agreement. */
	private Long vnProvince(AgreementDraft draft) {
		return draft.parties()
			.stream()
			.filter(p -> p.side() == PartySide.VN)
			.findFirst()
			.flatMap(p -> p.localityId() != null ? localities.currentProvinceOf(p.localityId())
					: java.util.Optional.ofNullable(organisations.byIds(List.of(p.organisationId()))
						.get(p.organisationId()))
						.map(o -> o.getStewardship().provinceId()))
			.orElse(null);
	}

	private String foreignCountry(AgreementDraft draft) {
		return draft.parties()
			.stream()
			.filter(p -> p.side() == PartySide.FOREIGN)
			.findFirst()
			.map(p -> p.localityId() != null ? localities.get(p.localityId()).getCountry()
					: organisations.byIds(List.of(p.organisationId())).get(p.organisationId()).getCountry())
			.orElse(null);
	}

	/** The action that set the current stage was taken between the two days (inclusive). */
	private static Specification<Agreement> currentStageTakenBetween(LocalDate from, LocalDate to) {
		return (root, cq, cb) -> {
			Subquery<Integer> taken = cq.subquery(Integer.class);
			Root<Agreement> correlated = taken.correlate(root);
			Join<Agreement, AgreementAction> action = correlated.join("actions");
			taken.select(cb.literal(1))
				.where(cb.equal(action.get("type"), root.get("currentStage")),
						cb.between(action.get("date"), from, to));
			return cb.exists(taken);
		};
	}

	/**
	 * Which Vietnamese party the agreements link with which foreign one, per year of their signature, as far as the
	 * reader may see them (a province's, or all when null): the lines of the network of actors.
	 */
	public List<PartyLinks.Link> partyLinks(Long provinceId) {
		return list.partyLinks((root, cb) -> {
			jakarta.persistence.criteria.Join<Agreement, AgreementParty> vn = root.join("parties");
			jakarta.persistence.criteria.Join<Agreement, AgreementParty> foreign = root.join("parties");
			return new PartyLinks.Columns(vn.get("localityId"), vn.get("organisationId"), foreign.get("localityId"),
					foreign.get("organisationId"), root.get("signedOn"), cb.and(cb.equal(vn.get("side"), PartySide.VN),
							cb.equal(foreign.get("side"), PartySide.FOREIGN)));
		}, PartyLinks.keptBy(provinceId));
	}

}
