package vn.hoptac.agreements;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
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
import vn.hoptac.shared.Facet;
import vn.hoptac.shared.FacetCounts;
import vn.hoptac.shared.FacetFilters;
import vn.hoptac.shared.ListPage;
import vn.hoptac.shared.NotFoundException;
import vn.hoptac.shared.RecordList;
import vn.hoptac.shared.Role;
import vn.hoptac.shared.RuleViolationException;
import vn.hoptac.shared.Specs;
import vn.hoptac.shared.Stewardship;
import vn.hoptac.shared.Visibility;

@Service
@Transactional(readOnly = true)
public class AgreementService {

	public static final String ENTITY = "agreement";

	/** Stages that start a statutory deadline which only a later action can meet. */
	private static final Set<ActionType> AWAITING_NEXT_STEP = EnumSet.of(ActionType.SENT_FOR_MOFA_OPINION,
			ActionType.REFERRED_TO_PM, ActionType.SIGNED);

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

	/** The facets of the list that are counted (the province roll-up is not a grouping). */
	private static final List<Facet> FACETS = List.of(Facet.value("country", "foreignCountry"),
			Facet.value("type", "kind"), Facet.value("status", "currentStage"),
			Facet.value("legalBasis", "legalBasis"), Facet.value("level", "level"), Facet.member("field", "fields"),
			Facet.decade("decade", "signedOn"));

	AgreementService(AgreementRepository agreements, PartnershipService partnerships,
			OrganisationService organisations, LocalityService localities, WorkingDayCalendar calendar, Clock clock,
			ChangeRecorder changes, EntityManager entityManager) {
		this.list = RecordList.of(Agreement.class, entityManager)
			.alsoMatching(Organisation.class, "parties.organisationId")
			.alsoMatching(Locality.class, "parties.localityId")
			.guarded();
		this.changes = changes;
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
	 * ({@link LocalityService#coverage}), as one of those localities or an organisation seated in one.
	 */
	private Specification<Agreement> involving(Long localityId, Integer yearFrom, Integer yearTo) {
		if (localityId == null) {
			return Specification.unrestricted();
		}
		Set<Long> covered = localities.coverage(localityId, Specs.startOf(yearFrom), Specs.endOf(yearTo));
		return Specification.anyOf(
				Specs.references(Locality.class, "parties.localityId", (locality, cb) -> locality.get("id").in(covered)),
				Specs.references(Organisation.class, "parties.organisationId", OrganisationService.seatedIn(covered)));
	}

	/**
	 * Agreements the current reader may see with a statutory deadline that has passed while the
	 * action meeting it is still missing, the longest overdue first; at most {@code limit}.
	 */
	public List<Agreement> overdue(int limit) {
		LocalDate today = LocalDate.now(clock);
		// every deadline runs at least seven days, so a later action cannot have missed one yet
		Specification<Agreement> spec = Specification.allOf(Specs.in("currentStage", AWAITING_NEXT_STEP),
				currentStageTakenBetween(StatutoryDeadline.LAW_IN_FORCE, today.minusDays(7)), Access.readable());
		record Late(Agreement agreement, LocalDate due) {
		}
		return agreements.findAll(spec)
			.stream()
			.map(agreement -> {
				agreement.loadDetails();
				return pendingDueDate(agreement).map(due -> new Late(agreement, due));
			})
			.flatMap(Optional::stream)
			.sorted(Comparator.comparing(Late::due).thenComparing(late -> late.agreement().getId()))
			.limit(limit)
			.map(Late::agreement)
			.toList();
	}

	/** The earliest due date of a deadline that has passed unmet, if any. */
	private Optional<LocalDate> pendingDueDate(Agreement agreement) {
		return timeline(agreement).stream()
			.filter(entry -> entry.overdue() && entry.fulfilledOn() == null)
			.map(TimelineEntry::dueDate)
			.min(LocalDate::compareTo);
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
		Agreement agreement = find(id);
		Access.checkRead(agreement.getStewardship());
		agreement.loadDetails();
		return agreement;
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

	@Transactional
	public Agreement create(AgreementDraft draft) {
		Access.checkWriter();
		validate(draft);
		Stewardship stewardship = Access.stewardshipAfterWrite(vnProvince(draft), draft.visibility(), null);
		Agreement saved = agreements.save(new Agreement(draft, foreignCountry(draft), stewardship));
		changes.created(ENTITY, saved.getId(), saved.getTitle(), saved);
		return saved;
	}

	@Transactional
	public Agreement update(long id, AgreementDraft draft, Long expectedVersion) {
		Agreement agreement = find(id);
		Access.checkWrite(agreement.getStewardship());
		changes.checkVersion(ENTITY, id, expectedVersion, agreement);
		validate(draft);
		Stewardship stewardship = Access.stewardshipAfterWrite(vnProvince(draft), draft.visibility(),
				agreement.getStewardship());
		agreement.loadDetails();
		String before = changes.snapshot(agreement);
		agreement.apply(draft, foreignCountry(draft), stewardship);
		agreements.saveAndFlush(agreement);
		changes.updated(ENTITY, id, agreement.getTitle(), before, agreement);
		return agreement;
	}

	@Transactional
	public void delete(long id) {
		Agreement agreement = find(id);
		Access.checkWrite(agreement.getStewardship());
		agreement.loadDetails();
		String before = changes.snapshot(agreement);
		agreements.delete(agreement);
		agreements.flush();
		changes.deleted(ENTITY, id, agreement.getTitle(), before);
	}

	@Transactional
	public Agreement recordAction(long id, ActionDraft draft) {
		Agreement agreement = find(id);
		Access.checkWrite(agreement.getStewardship());
		if (draft.type() == ActionType.POLICY_APPROVED) {
			Access.checkRole(Role.ADMIN, Role.PROVINCE_ADMIN);
		}
		new RuleViolationException.Collector().rejectIf(draft.type() == null, "type", "validation.required")
			.rejectIf(draft.date() == null, "date", "validation.required")
			.rejectIf(draft.date() != null && draft.date().isAfter(LocalDate.now(clock)), "date",
					"agreement.action.future")
			.throwIfAny();
		agreement.loadDetails();
		String before = changes.snapshot(agreement);
		agreement.record(new AgreementAction(draft.type(), draft.date(), draft.note(), draft.source(),
				Instant.now(clock)));
		agreements.saveAndFlush(agreement);
		changes.acted(ENTITY, id, draft.type() + " " + draft.date(), before, agreement);
		return agreement;
	}

	private Agreement find(long id) {
		return agreements.findById(id).orElseThrow(() -> new NotFoundException(ENTITY, id));
	}

	/** Checks every rule. */
	private void validate(AgreementDraft draft) {
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
		LocalDate signed = draft.signedOn() == null ? null : draft.signedOn().date();
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

}
