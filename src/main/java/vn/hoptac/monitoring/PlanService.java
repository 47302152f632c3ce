package vn.hoptac.monitoring;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.EntityManager;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hoptac.geo.LocalityService;
import vn.hoptac.monitoring.internal.FrameworkRepository;
import vn.hoptac.monitoring.internal.PlanRepository;
import vn.hoptac.partners.Partnership;
import vn.hoptac.partners.PartnershipService;
import vn.hoptac.shared.Access;
import vn.hoptac.shared.ChangeRecorder;
import vn.hoptac.shared.ConflictException;
import vn.hoptac.shared.Facet;
import vn.hoptac.shared.FacetCounts;
import vn.hoptac.shared.FacetFilters;
import vn.hoptac.shared.ListPage;
import vn.hoptac.shared.RecordList;
import vn.hoptac.shared.RecordWrites;
import vn.hoptac.shared.RuleViolationException;
import vn.hoptac.shared.SaneDates;
import vn.hoptac.shared.Specs;
import vn.hoptac.shared.Stewardship;

/**
 * Medium-term cooperation plans: kept by the province whose plan it is (or the province of the
 * partnership it plans), validated and audited, for the API and the pages alike.
 */
@Service
@Transactional(readOnly = true)
public class PlanService {

	public static final String ENTITY = "cooperation_plan";

	private static final List<Facet> FACETS = List.of(Facet.value("from", "yearFrom"), Facet.value("to", "yearTo"));

	private final PlanRepository plans;

	private final FrameworkRepository frameworks;

	private final PartnershipService partnerships;

	private final LocalityService localities;

	private final RecordWrites<CooperationPlan> writes;

	private final RecordList<CooperationPlan> list;

	PlanService(PlanRepository plans, FrameworkRepository frameworks, PartnershipService partnerships,
			LocalityService localities, ChangeRecorder changes, EntityManager entityManager) {
		this.plans = plans;
		this.frameworks = frameworks;
		this.partnerships = partnerships;
		this.localities = localities;
		this.writes = RecordWrites.of(ENTITY, plans, changes, CooperationPlan::getTitle, CooperationPlan::loadDetails);
		this.list = RecordList.of(CooperationPlan.class, entityManager).guarded();
	}

	/** A page of plans, each with its objectives loaded (the list shows how many; one batched read). */
	public ListPage<CooperationPlan> search(PlanQuery query, Pageable pageable) {
		ListPage<CooperationPlan> page = list.page(filters(query).all(), query.text(), pageable);
		page.getContent().forEach(CooperationPlan::loadDetails);
		return page;
	}

	public FacetCounts facetCounts(PlanQuery query) {
		return list.counts(filters(query), query.text(), FACETS);
	}

	private static FacetFilters<CooperationPlan> filters(PlanQuery query) {
		Specification<CooperationPlan> covers = query.year() == null ? Specification.unrestricted()
				: Specs.<CooperationPlan, Integer>atLeast("yearTo", query.year())
					.and((root, q, cb) -> cb.lessThanOrEqualTo(root.get("yearFrom"), query.year()));
		return FacetFilters.<CooperationPlan>of()
			.and("partnership", Specs.equalTo("partnershipId", query.partnershipId()))
			.and("year", covers);
	}

	public CooperationPlan get(long id) {
		return writes.read(id);
	}

	public Optional<CooperationPlan> findReadable(long id) {
		return plans.findById(id).filter(p -> Access.canRead(p.getStewardship()));
	}

	public void check(PlanDraft draft) {
		Access.checkWriter();
		validate(draft);
	}

	@Transactional
	public CooperationPlan create(PlanDraft draft) {
		return writes.create(() -> {
			Long province = validate(draft);
			return new CooperationPlan(draft, Access.stewardshipAfterWrite(province, draft.visibility(), null));
		});
	}

	@Transactional
	public CooperationPlan update(long id, PlanDraft draft, Long expectedVersion) {
		return writes.update(id, expectedVersion, plan -> {
			Long province = validate(draft);
			plan.apply(draft, Access.stewardshipAfterWrite(province, draft.visibility(), plan.getStewardship()));
		});
	}

	/** Deletes a plan no framework is attached to (409 otherwise: delete or move those first). */
	@Transactional
	public void delete(long id, Long expectedVersion) {
		writes.delete(id, expectedVersion, plan -> {
			if (frameworks.existsByPlanId(id)) {
				throw new ConflictException("linked", List.of(), "id", "monitoring.plan.hasFrameworks");
			}
		});
	}

	/** The province that keeps the plan: the partnership's, else the named province's current one. */
	private Long validate(PlanDraft draft) {
		var errors = new RuleViolationException.Collector();
		errors.rejectIf(draft.title() == null || draft.title().isBlank(), "title", "validation.required");
		errors.rejectIf(draft.yearFrom() == null, "yearFrom", "validation.required");
		errors.rejectIf(draft.yearTo() == null, "yearTo", "validation.required");
		errors.rejectIf(draft.yearFrom() != null && !SaneDates.accepts(draft.yearFrom()), "yearFrom",
				"validation.badValue", draft.yearFrom());
		errors.rejectIf(draft.yearTo() != null && !SaneDates.accepts(draft.yearTo()), "yearTo", "validation.badValue",
				draft.yearTo());
		errors.rejectIf(draft.yearFrom() != null && draft.yearTo() != null && draft.yearTo() < draft.yearFrom(),
				"yearTo", "monitoring.plan.yearsOrder");
		errors.rejectIf(draft.localityId() == null && draft.partnershipId() == null, "localityId",
				"validation.required");
		Optional<Partnership> partnership = draft.partnershipId() == null ? Optional.empty()
				: partnerships.findReadable(draft.partnershipId());
		errors.rejectIf(draft.partnershipId() != null && partnership.isEmpty(), "partnershipId",
				"validation.unknownReference", draft.partnershipId());
		Long province = partnership.map(p -> p.getStewardship().provinceId()).orElse(null);
		if (draft.localityId() != null) {
			Optional<Long> own = Scopes.provinceOf(localities, draft.localityId());
			errors.rejectIf(own.isEmpty(), "localityId", "monitoring.provinceRequired");
			province = province != null ? province : own.orElse(null);
		}
		for (int i = 0; i < draft.objectives().size(); i++) {
			errors.rejectIf(draft.objectives().get(i).length() > CooperationPlan.OBJECTIVE_LENGTH,
					"objectives[" + i + "]", "validation.tooLong", CooperationPlan.OBJECTIVE_LENGTH);
		}
		errors.throwIfAny();
		return province;
	}

}
