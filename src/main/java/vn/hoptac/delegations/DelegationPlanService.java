package vn.hoptac.delegations;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hoptac.delegations.internal.DelegationPlanRepository;
import vn.hoptac.geo.Locality;
import vn.hoptac.geo.LocalityService;
import vn.hoptac.partners.PartyRules;
import vn.hoptac.partners.PartyRules.Side;
import vn.hoptac.shared.Access;
import vn.hoptac.shared.ChangeRecorder;
import vn.hoptac.shared.DateOf;
import vn.hoptac.shared.LabelOf;
import vn.hoptac.shared.ListPage;
import vn.hoptac.shared.NotFoundException;
import vn.hoptac.shared.RecordList;
import vn.hoptac.shared.RuleViolationException;
import vn.hoptac.shared.Specs;
import vn.hoptac.shared.Stewardship;

/**
 * Plans of the provincial leaders' delegations: their items, their path to the Prime Minister
 * (each step checked against the order of the path), and what happened against what was planned.
 */
@Service
@Transactional(readOnly = true)
public class DelegationPlanService {

	public static final String ENTITY = "delegation_plan";

	private final DelegationPlanRepository plans;

	private final DelegationService delegations;

	private final LocalityService localities;

	private final PartyRules parties;

	private final ChangeRecorder changes;

	private final Clock clock;

	private final RecordList<DelegationPlan> list;

	/** More plans than a province could have due at once: the reminders show them all. */
	private static final int REMINDERS_AT_MOST = 1000;

	DelegationPlanService(DelegationPlanRepository plans, DelegationService delegations, LocalityService localities,
			PartyRules parties, ChangeRecorder changes, Clock clock, EntityManager entityManager) {
		this.plans = plans;
		this.delegations = delegations;
		this.localities = localities;
		this.parties = parties;
		this.changes = changes;
		this.clock = clock;
		this.list = RecordList.of(DelegationPlan.class, entityManager).guarded();
	}

	/** Plans the reader may see, of a province (with its history) and year if given. */
	public ListPage<DelegationPlan> search(String text, Long localityId, Integer year, Pageable pageable) {
		Specification<DelegationPlan> filter = Specs.equalTo("year", year);
		if (localityId != null) {
			filter = filter.and(Specs.in("vnLocalityId", localities.coverage(localityId, null, null)));
		}
		return list.page(filter, text, pageable);
	}

	/**
	 * Plans the reader may see whose submission is due on or before the day and that have not yet
	 * gone to the People's Committee (no step yet, drafted, or returned for changes).
	 */
	public List<DelegationPlan> submissionsDueBy(LocalDate day) {
		Specification<DelegationPlan> due = (root, cq, cb) -> cb.and(cb.lessThanOrEqualTo(root.get("dueOn"), day),
				cb.or(cb.isNull(root.get("currentStep")),
						root.get("currentStep").in(PlanStep.DRAFTED_BY_DOFA, PlanStep.RETURNED)));
		return list.page(due, null, org.springframework.data.domain.PageRequest.of(0, REMINDERS_AT_MOST,
				org.springframework.data.domain.Sort.by("dueOn", "id")))
			.getContent();
	}

	public DelegationPlan get(long id) {
		DelegationPlan plan = find(id);
		Access.checkRead(plan.getStewardship());
		plan.loadDetails();
		return plan;
	}

	/** Each item's realising delegations (those the reader may see), by item id. */
	public Map<Long, List<Delegation>> realised(DelegationPlan plan) {
		List<Long> itemIds = plan.getItems().stream().map(DelegationPlanItem::getId).toList();
		return delegations.realising(itemIds).stream().collect(Collectors.groupingBy(Delegation::getPlanItemId));
	}

	/** The delegations of the plan's province and period that realise no item. */
	public List<Delegation> unplanned(DelegationPlan plan) {
		return delegations.unplanned(plan.getStewardship().provinceId(), plan.getPeriodStart(), plan.getPeriodEnd());
	}

	public void check(DelegationPlanDraft draft) {
		Access.checkWriter();
		validate(draft);
	}

	@Transactional
	public DelegationPlan create(DelegationPlanDraft draft) {
		Access.checkWriter();
		Map<Integer, String> countries = validate(draft);
		Stewardship stewardship = Access.stewardshipAfterWrite(province(draft), draft.visibility(), null);
		DelegationPlan plan = new DelegationPlan(draft, stewardship);
		plan.replaceItems(items(draft, List.of(), countries));
		DelegationPlan saved = plans.save(plan);
		changes.created(ENTITY, saved.getId(), saved.getTitle(), saved);
		return saved;
	}

	@Transactional
	public DelegationPlan update(long id, DelegationPlanDraft draft, Long expectedVersion) {
		DelegationPlan plan = find(id);
		Access.checkWrite(plan.getStewardship());
		changes.checkVersion(ENTITY, id, expectedVersion, plan);
		plan.loadDetails();
		Map<Integer, String> countries = validate(draft);
		List<Long> kept = draft.items().stream().map(PlanItemDraft::id).filter(Objects::nonNull).toList();
		var errors = new RuleViolationException.Collector();
		for (int i = 0; i < draft.items().size(); i++) {
			Long itemId = draft.items().get(i).id();
			errors.rejectIf(itemId != null && plan.getItems().stream().noneMatch(item -> item.getId().equals(itemId)),
					"items[" + i + "].id", "validation.unknownReference", itemId);
		}
		List<Long> dropped = plan.getItems()
			.stream()
			.map(DelegationPlanItem::getId)
			.filter(itemId -> !kept.contains(itemId))
			.toList();
		// an item that a delegation realises stays: dropping it would unlink what happened from the plan
		errors.rejectIf(delegations.anyRealises(dropped), "items", "delegationPlan.item.realised");
		errors.throwIfAny();
		Stewardship stewardship = Access.stewardshipAfterWrite(province(draft), draft.visibility(),
				plan.getStewardship());
		String before = changes.snapshot(plan);
		plan.apply(draft, stewardship);
		plan.replaceItems(items(draft, plan.getItems(), countries));
		plans.saveAndFlush(plan);
		changes.updated(ENTITY, id, plan.getTitle(), before, plan);
		return plan;
	}

	@Transactional
	public void delete(long id, Long expectedVersion) {
		DelegationPlan plan = find(id);
		Access.checkDelete(plan.getStewardship());
		changes.checkVersion(ENTITY, id, expectedVersion, plan);
		plan.loadDetails();
		var errors = new RuleViolationException.Collector();
		errors.rejectIf(delegations.anyRealises(plan.getItems().stream().map(DelegationPlanItem::getId).toList()),
				"items", "delegationPlan.item.realised");
		errors.throwIfAny();
		String before = changes.snapshot(plan);
		plans.delete(plan);
		plans.flush();
		changes.deleted(ENTITY, id, plan.getTitle(), before);
	}

	/** Records a step of the plan's path; one dated against the order of the path is refused, naming the step it contradicts. */
	@Transactional
	public DelegationPlan recordStep(long id, PlanStepDraft draft) {
		DelegationPlan plan = find(id);
		Access.checkWrite(plan.getStewardship());
		var errors = new RuleViolationException.Collector();
		errors.rejectIf(draft.step() == null, "step", "validation.required");
		errors.rejectIf(draft.date() == null, "date", "validation.required");
		errors.rejectIf(draft.date() != null && draft.date().date().isAfter(LocalDate.now(clock)), "date",
				"delegationPlan.step.future");
		errors.throwIfAny();
		plan.loadDetails();
		PlanStepEntry step = new PlanStepEntry(draft.step(), draft.date().date(), draft.date().precision(),
				draft.documentRef(), draft.note(), Instant.now(clock));
		PlanOrder.contradictedBy(step, plan.getSteps())
			.ifPresent(other -> errors.reject("date",
					step.date().definitelyBefore(other.date()) ? "delegationPlan.step.beforeStep"
							: "delegationPlan.step.afterStep",
					LabelOf.of(step.step()), DateOf.of(step.date()), LabelOf.of(other.step()), DateOf.of(other.date())));
		errors.throwIfAny();
		String before = changes.snapshot(plan);
		plan.record(step);
		plans.saveAndFlush(plan);
		changes.acted(ENTITY, id, draft.step() + " " + draft.date(), before, plan);
		return plan;
	}

	private DelegationPlan find(long id) {
		return plans.findById(id).orElseThrow(() -> new NotFoundException(ENTITY, id));
	}

	private Long province(DelegationPlanDraft draft) {
		return localities.currentProvinceOf(draft.vnLocalityId()).orElse(null);
	}

	/** The items as stated, those with an id updated in place (their id is what delegations refer to). */
	private static List<DelegationPlanItem> items(DelegationPlanDraft draft, List<DelegationPlanItem> existing,
			Map<Integer, String> countries) {
		Map<Long, DelegationPlanItem> byId = existing.stream()
			.collect(Collectors.toMap(DelegationPlanItem::getId, Function.identity()));
		List<DelegationPlanItem> items = new ArrayList<>();
		for (int i = 0; i < draft.items().size(); i++) {
			PlanItemDraft item = draft.items().get(i);
			DelegationPlanItem kept = item.id() == null ? null : byId.get(item.id());
			if (kept == null) {
				items.add(new DelegationPlanItem(item, countries.get(i)));
			}
			else {
				kept.apply(item, countries.get(i));
				items.add(kept);
			}
		}
		return items;
	}

	/** Checks every rule; answers each item's foreign country by position. */
	private Map<Integer, String> validate(DelegationPlanDraft d) {
		var errors = new RuleViolationException.Collector();
		errors.rejectIf(d.title() == null || d.title().isBlank(), "title", "validation.required");
		errors.rejectIf(d.kind() == null, "kind", "validation.required");
		errors.rejectIf(d.year() == null, "year", "validation.required");
		errors.rejectIf(d.year() != null && (d.year() < 1900 || d.year() > 2100), "year", "delegationPlan.year");
		errors.rejectIf(d.half() != null && d.half() != 1 && d.half() != 2, "half", "delegationPlan.half");
		errors.rejectIf(d.kind() == PlanKind.SEMIANNUAL && d.half() == null, "half", "validation.required");
		if (d.vnLocalityId() == null) {
			errors.reject("vnLocalityId", "validation.required");
		}
		else {
			Locality province = localities.byIds(List.of(d.vnLocalityId())).get(d.vnLocalityId());
			errors.rejectIf(province == null, "vnLocalityId", "validation.unknownReference", d.vnLocalityId());
			errors.rejectIf(province != null && !"VN".equals(province.getCountry()), "vnLocalityId",
					"partnership.vnPartyNotVietnamese");
		}
		Map<Integer, String> countries = new java.util.HashMap<>();
		for (int i = 0; i < d.items().size(); i++) {
			PlanItemDraft item = d.items().get(i);
			String field = "items[" + i + "]";
			errors.rejectIf(item.direction() == null, field + ".direction", "validation.required");
			int index = i;
			parties.check(item.foreignLocalityId(), item.foreignOrganisationId(), field + ".foreignLocalityId",
					field + ".foreignOrganisationId", Side.FOREIGN, false, d.visibility(), errors)
				.ifPresent(foreign -> countries.put(index, foreign.country()));
		}
		errors.throwIfAny();
		return countries;
	}

}
