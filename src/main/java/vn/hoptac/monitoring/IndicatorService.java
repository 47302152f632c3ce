package vn.hoptac.monitoring;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.EntityManager;

import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hoptac.monitoring.internal.FrameworkRepository;
import vn.hoptac.monitoring.internal.IndicatorRepository;
import vn.hoptac.monitoring.internal.UpdateRepository;
import vn.hoptac.partners.PartyRules;
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

/**
 * Indicators with their baselines and periods. An indicator belongs to one framework for good and
 * is read and written as that framework is; targets are written here, actuals only by approving an
 * update ({@link UpdateService}).
 */
@Service
@Transactional(readOnly = true)
public class IndicatorService {

	public static final String ENTITY = "indicator";

	private static final List<Facet> FACETS = List.of(Facet.value("measure", "measure"),
			Facet.member("sdg", "sdgIndicators"));

	private final IndicatorRepository indicators;

	private final FrameworkRepository frameworks;

	private final UpdateRepository updates;

	private final RecordWrites<Indicator> writes;

	private final EntityManager entityManager;

	private final RecordList<Indicator> list;

	IndicatorService(IndicatorRepository indicators, FrameworkRepository frameworks, UpdateRepository updates,
			ChangeRecorder changes, EntityManager entityManager) {
		this.indicators = indicators;
		this.frameworks = frameworks;
		this.updates = updates;
		this.writes = RecordWrites.of(ENTITY, indicators, changes, Indicator::getTitle, Indicator::loadDetails);
		this.entityManager = entityManager;
		this.list = RecordList.of(Indicator.class, entityManager).guarded();
	}

	public ListPage<Indicator> search(IndicatorQuery query, Pageable pageable) {
		return list.page(filters(query).all(), query.text(), pageable);
	}

	public FacetCounts facetCounts(IndicatorQuery query) {
		return list.counts(filters(query), query.text(), FACETS);
	}

	private static FacetFilters<Indicator> filters(IndicatorQuery query) {
		return FacetFilters.<Indicator>of()
			.and("framework", Specs.equalTo("frameworkId", query.frameworkId()))
			.and("measure", Specs.equalTo("measure", query.measure()))
			.and("sdg", Specs.has("sdgIndicators", query.sdgIndicator()));
	}

	/** The indicator with its baseline, periods, SDG references and dimensions. */
	public Indicator get(long id) {
		return writes.read(id);
	}

	/** The indicators of a framework the reader may see, with their periods (batch-fetched). */
	public List<Indicator> ofFramework(long frameworkId) {
		List<Indicator> found = indicators.findByFrameworkIdOrderById(frameworkId)
			.stream()
			.filter(i -> Access.canRead(i.getStewardship()))
			.toList();
		found.forEach(Indicator::loadDetails);
		return found;
	}

	public void check(Long frameworkId, IndicatorDraft draft) {
		Access.checkWriter();
		validate(framework(frameworkId), draft, null);
	}

	/** The rules a change of the indicator would apply, nothing saved: a form reports them with its own. */
	public void check(long id, IndicatorDraft draft) {
		Indicator indicator = find(id);
		Access.checkWrite(indicator.getStewardship());
		indicator.loadDetails();
		validate(frameworks.findById(indicator.getFrameworkId()).orElseThrow(), draft, indicator);
	}

	@Transactional
	public Indicator create(Long frameworkId, IndicatorDraft draft) {
		return writes.create(() -> {
			ResultsFramework framework = framework(frameworkId);
			Access.checkWrite(framework.getStewardship());
			validate(framework, draft, null);
			return new Indicator(frameworkId, draft, framework.getStewardship());
		});
	}

	@Transactional
	public Indicator update(long id, IndicatorDraft draft, Long expectedVersion) {
		return writes.update(id, expectedVersion, indicator -> {
			ResultsFramework framework = frameworks.findById(indicator.getFrameworkId()).orElseThrow();
			validate(framework, draft, indicator);
			indicator.apply(draft, framework.getStewardship());
		});
	}

	/** Deletes an indicator nobody has reported on (409 otherwise: its updates are its record). */
	@Transactional
	public void delete(long id, Long expectedVersion) {
		writes.delete(id, expectedVersion, indicator -> {
			if (updates.existsByIndicatorId(id)) {
				throw new ConflictException("linked", List.of(), "id", "monitoring.indicator.hasUpdates");
			}
		});
	}

	Indicator find(long id) {
		return writes.find(id);
	}

	/** The framework a new indicator goes to: one the writer may read, else "unknown". */
	private ResultsFramework framework(Long frameworkId) {
		Optional<ResultsFramework> framework = frameworkId == null ? Optional.empty()
				: frameworks.findById(frameworkId).filter(f -> Access.canRead(f.getStewardship()));
		if (framework.isEmpty()) {
			throw frameworkId == null ? RuleViolationException.of("frameworkId", "validation.required")
					: RuleViolationException.of("frameworkId", "validation.unknownReference", frameworkId);
		}
		framework.get().loadDetails();
		return framework.get();
	}

	private void validate(ResultsFramework framework, IndicatorDraft draft, Indicator existing) {
		var errors = new RuleViolationException.Collector();
		errors.rejectIf(draft.title() == null || draft.title().isBlank(), "title", "validation.required");
		errors.rejectIf(draft.measure() == null, "measure", "validation.required");
		errors.rejectIf(draft.resultId() == null, "resultId", "validation.required");
		errors.rejectIf(draft.resultId() != null
				&& framework.getResults().stream().noneMatch(r -> r.getId().equals(draft.resultId())), "resultId",
				"monitoring.indicator.resultOfFramework");
		errors.rejectIf(draft.baselineYear() != null && !SaneDates.accepts(draft.baselineYear()), "baselineYear",
				"validation.badValue", draft.baselineYear());
		draft.baseline().check(draft.measure(), "baseline", errors);
		for (int i = 0; i < draft.sdgIndicators().size(); i++) {
			errors.rejectIf(!draft.sdgIndicators().get(i).matches("\\d{1,2}\\.[0-9a-z]{1,2}\\.\\d{1,2}"),
					"sdgIndicators[" + i + "]", "monitoring.indicator.sdg", draft.sdgIndicators().get(i));
		}
		validatePeriods(draft, existing, errors);
		errors.throwIfAny();
	}

	private void validatePeriods(IndicatorDraft draft, Indicator existing, RuleViolationException.Collector errors) {
		Set<Long> kept = new HashSet<>();
		for (int i = 0; i < draft.periods().size(); i++) {
			IndicatorDraft.PeriodDraft p = draft.periods().get(i);
			String field = "periods[" + i + "]";
			errors.rejectIf(p.end() == null, field + ".end", "validation.required");
			// a period has a known start and end: "on or before" says too little to report against
			errors.rejectIf(p.start() != null && p.start().isBound(), field + ".start", "validation.badValue",
					p.start());
			errors.rejectIf(p.end() != null && p.end().isBound(), field + ".end", "validation.badValue", p.end());
			PartyRules.checkPeriod(p.start(), p.end(), field + ".end", errors);
			p.target().check(draft.measure(), field + ".target", errors);
			boolean known = p.id() == null || existing != null && existing.period(p.id()).isPresent();
			errors.rejectIf(!known, field + ".id", "validation.unknownReference", p.id());
			if (p.id() != null) {
				kept.add(p.id());
			}
		}
		if (existing != null) {
			for (IndicatorPeriod old : existing.getPeriods()) {
				errors.rejectIf(!kept.contains(old.getId()) && updates.existsByPeriodId(old.getId()), "periods",
						"monitoring.period.inUse", old.getStart());
			}
		}
	}

}
