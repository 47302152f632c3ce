package vn.hoptac.monitoring;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.EntityManager;

import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hoptac.geo.LocalityService;
import vn.hoptac.monitoring.internal.FrameworkRepository;
import vn.hoptac.monitoring.internal.IndicatorRepository;
import vn.hoptac.monitoring.internal.PlanRepository;
import vn.hoptac.partners.PartnershipService;
import vn.hoptac.projects.ProjectService;
import vn.hoptac.shared.Access;
import vn.hoptac.shared.ChangeRecorder;
import vn.hoptac.shared.ConflictException;
import vn.hoptac.shared.Facet;
import vn.hoptac.shared.FacetCounts;
import vn.hoptac.shared.FacetFilters;
import vn.hoptac.shared.ListPage;
import vn.hoptac.shared.RecordList;
import vn.hoptac.shared.RecordWrites;
import vn.hoptac.shared.Role;
import vn.hoptac.shared.RuleViolationException;
import vn.hoptac.shared.Specs;
import vn.hoptac.shared.Stewardship;

/**
 * Results frameworks. A framework is kept by the province of what it is attached to (the plan's,
 * partnership's or project's province, or the province itself); a national one by no province, so
 * only administrators write it. Its indicators and their updates are kept as it is.
 */
@Service
@Transactional(readOnly = true)
public class FrameworkService {

	public static final String ENTITY = "results_framework";

	private static final List<Facet> FACETS = List.of(Facet.value("scope", "scope"));

	private final FrameworkRepository frameworks;

	private final PlanRepository plans;

	private final IndicatorRepository indicators;

	private final PartnershipService partnerships;

	private final ProjectService projects;

	private final LocalityService localities;

	private final RecordWrites<ResultsFramework> writes;

	private final EntityManager entityManager;

	private final RecordList<ResultsFramework> list;

	FrameworkService(FrameworkRepository frameworks, PlanRepository plans, IndicatorRepository indicators,
			PartnershipService partnerships, ProjectService projects, LocalityService localities,
			ChangeRecorder changes, EntityManager entityManager) {
		this.frameworks = frameworks;
		this.plans = plans;
		this.indicators = indicators;
		this.partnerships = partnerships;
		this.projects = projects;
		this.localities = localities;
		this.writes = RecordWrites.of(ENTITY, frameworks, changes, ResultsFramework::getTitle,
				ResultsFramework::loadDetails);
		this.entityManager = entityManager;
		this.list = RecordList.of(ResultsFramework.class, entityManager).guarded();
	}

	public ListPage<ResultsFramework> search(FrameworkQuery query, Pageable pageable) {
		return list.page(filters(query).all(), query.text(), pageable);
	}

	public FacetCounts facetCounts(FrameworkQuery query) {
		return list.counts(filters(query), query.text(), FACETS);
	}

	private static FacetFilters<ResultsFramework> filters(FrameworkQuery query) {
		return FacetFilters.<ResultsFramework>of()
			.and("scope", Specs.equalTo("scope", query.scope()))
			.and("plan", Specs.equalTo("planId", query.planId()))
			.and("partnership", Specs.equalTo("partnershipId", query.partnershipId()))
			.and("project", Specs.equalTo("projectId", query.projectId()))
			.and("locality", Specs.equalTo("localityId", query.localityId()));
	}

	/** The framework with its results. */
	public ResultsFramework get(long id) {
		return writes.read(id);
	}

	public Optional<ResultsFramework> findReadable(long id) {
		return frameworks.findById(id).filter(f -> Access.canRead(f.getStewardship()));
	}

	public void check(FrameworkDraft draft) {
		Access.checkWriter();
		validate(draft, null);
	}

	/** The rules a change of the framework would apply, nothing saved: a form reports them with its own. */
	public void check(long id, FrameworkDraft draft) {
		ResultsFramework framework = writes.find(id);
		Access.checkWrite(framework.getStewardship());
		framework.loadDetails();
		validate(draft, framework);
	}

	@Transactional
	public ResultsFramework create(FrameworkDraft draft) {
		return writes.create(
				() -> new ResultsFramework(draft, stewardship(draft, validate(draft, null), null)));
	}

	@Transactional
	public ResultsFramework update(long id, FrameworkDraft draft, Long expectedVersion) {
		ResultsFramework saved = writes.update(id, expectedVersion, framework -> framework.apply(draft,
				stewardship(draft, validate(draft, framework), framework.getStewardship())));
		keepIndicatorsAs(id, saved.getStewardship());
		return saved;
	}

	/** Deletes a framework without indicators (409 otherwise: its indicators carry reported values). */
	@Transactional
	public void delete(long id, Long expectedVersion) {
		writes.delete(id, expectedVersion, framework -> {
			if (indicators.existsByFrameworkId(id)) {
				throw new ConflictException("linked", List.of(), "id", "monitoring.framework.hasIndicators");
			}
		});
	}

	/** The indicators and updates of a framework are read and written as the framework is. */
	private void keepIndicatorsAs(long frameworkId, Stewardship stewardship) {
		for (String entity : List.of("Indicator", "IndicatorUpdate")) {
			String owner = entity.equals("Indicator") ? "e.frameworkId = :id"
					: "e.indicatorId in (select i.id from Indicator i where i.frameworkId = :id)";
			entityManager
				.createQuery("update " + entity + " e set e.stewardship.provinceId = :province, "
						+ "e.stewardship.organisationId = :unit, e.stewardship.visibility = :visibility where " + owner)
				.setParameter("province", stewardship.provinceId())
				.setParameter("unit", stewardship.organisationId())
				.setParameter("visibility", stewardship.visibility())
				.setParameter("id", frameworkId)
				.executeUpdate();
		}
	}

	/** A national framework is kept by no province: only administrators write it. */
	private static Stewardship stewardship(FrameworkDraft draft, Long province, Stewardship existing) {
		if (draft.scope() == FrameworkScope.NATION) {
			Access.checkRole(Role.ADMIN);
			return new Stewardship(null, null, draft.visibility());
		}
		return Access.stewardshipAfterWrite(province, draft.visibility(), existing);
	}

	/** The province of what the framework is attached to. */
	private Long validate(FrameworkDraft draft, ResultsFramework existing) {
		var errors = new RuleViolationException.Collector();
		errors.rejectIf(draft.title() == null || draft.title().isBlank(), "title", "validation.required");
		errors.rejectIf(draft.attachments() > 1, "planId", "monitoring.framework.oneAttachment");
		Long province = switch (draft.scope()) {
			case PLAN -> reference(plans.findById(draft.planId()).filter(p -> Access.canRead(p.getStewardship()))
				.map(CooperationPlan::getStewardship), "planId", draft.planId(), errors);
			case PARTNERSHIP -> reference(partnerships.findReadable(draft.partnershipId()).map(p -> p.getStewardship()),
					"partnershipId", draft.partnershipId(), errors);
			case PROJECT -> reference(projects.findReadable(draft.projectId()).map(p -> p.getStewardship()),
					"projectId", draft.projectId(), errors);
			case PROVINCE -> {
				Optional<Long> own = Scopes.provinceOf(localities, draft.localityId());
				errors.rejectIf(own.isEmpty(), "localityId", "monitoring.provinceRequired");
				yield own.orElse(null);
			}
			case NATION -> null;
		};
		Set<Long> kept = new HashSet<>();
		for (int i = 0; i < draft.results().size(); i++) {
			FrameworkDraft.ResultDraft r = draft.results().get(i);
			String field = "results[" + i + "]";
			errors.rejectIf(r.level() == null, field + ".level", "validation.required");
			errors.rejectIf(r.title() == null || r.title().isBlank(), field + ".title", "validation.required");
			errors.rejectIf(r.title() != null && r.title().length() > FrameworkResult.TITLE_LENGTH, field + ".title",
					"validation.tooLong", FrameworkResult.TITLE_LENGTH);
			boolean known = r.id() == null || existing != null
					&& existing.getResults().stream().anyMatch(e -> e.getId().equals(r.id()));
			errors.rejectIf(!known, field + ".id", "validation.unknownReference", r.id());
			if (r.id() != null) {
				kept.add(r.id());
			}
		}
		if (existing != null) {
			for (FrameworkResult old : existing.getResults()) {
				errors.rejectIf(!kept.contains(old.getId()) && indicators.existsByResultId(old.getId()), "results",
						"monitoring.result.inUse", old.getTitle());
			}
		}
		errors.throwIfAny();
		return province;
	}

	/** The province of a record the framework is attached to (none for a national project). */
	private static Long reference(Optional<Stewardship> record, String field, Long id,
			RuleViolationException.Collector errors) {
		// a record the writer may not read is answered as one that does not exist
		errors.rejectIf(record.isEmpty(), field, "validation.unknownReference", id);
		return record.map(Stewardship::provinceId).orElse(null);
	}

}
