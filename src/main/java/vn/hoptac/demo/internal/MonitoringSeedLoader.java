package vn.hoptac.demo.internal;

import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.hoptac.monitoring.FrameworkDraft;
import vn.hoptac.monitoring.FrameworkResult;
import vn.hoptac.monitoring.FrameworkService;
import vn.hoptac.monitoring.IndicatorDraft;
import vn.hoptac.monitoring.IndicatorMeasure;
import vn.hoptac.monitoring.IndicatorService;
import vn.hoptac.monitoring.Indicator;
import vn.hoptac.monitoring.IndicatorUpdate;
import vn.hoptac.monitoring.MeasuredValue;
import vn.hoptac.monitoring.ResultLevel;
import vn.hoptac.monitoring.ResultsFramework;
import vn.hoptac.monitoring.UpdateDraft;
import vn.hoptac.monitoring.UpdateService;
import vn.hoptac.shared.DatePrecision.PartialDate;
import vn.hoptac.shared.Visibility;

/**
 * Loads {@code db/demo/monitoring.json}, then {@code db/demo/monitoring-more.json}: the indicators and national statistics of the seeds
 * (groups "indicator" and "national" of seed-facts.tsv) as results frameworks, each figure with its
 * source. A figure is the actual of its period, so it goes the way every actual goes: reported,
 * submitted and approved (by the system). A date or number the source does not give stays unknown;
 * a figure the source states with no date at all is the actual "by the end of" the source's own
 * year, and its narrative says so. {@code monitoring-more.json} holds the facts added later.
 */
@Component
@Order(4)
class MonitoringSeedLoader implements ApplicationRunner {

	static final String SEED = "db/demo/monitoring.json";

	/** The facts added later: its own marker, so databases that hold the first file get them too. */
	static final String MORE = "db/demo/monitoring-more.json";

	private final SeedOnce once;

	private final SeedRecords records;

	private final SeedKeys keys;

	private final JdbcClient jdbc;

	private final FrameworkService frameworks;

	private final IndicatorService indicators;

	private final UpdateService updates;

	MonitoringSeedLoader(SeedOnce once, SeedRecords records, SeedKeys keys, JdbcClient jdbc,
			FrameworkService frameworks, IndicatorService indicators, UpdateService updates) {
		this.once = once;
		this.records = records;
		this.keys = keys;
		this.jdbc = jdbc;
		this.frameworks = frameworks;
		this.indicators = indicators;
		this.updates = updates;
	}

	@Override
	public void run(ApplicationArguments args) {
		for (String file : List.of(SEED, MORE)) {
			once.run(file, () -> records.read(file, MonitoringSeedFile.class).frameworks().forEach(this::load));
		}
	}

	/** A framework whose title an earlier file created gets the new results and indicators. */
	private void load(FrameworkSeed f) {
		List<Long> existing = jdbc.sql("select id from results_framework where title = ? order by id")
			.param(f.title())
			.query(Long.class)
			.list();
		if (existing.isEmpty()) {
			create(f);
		}
		else {
			extend(frameworks.get(existing.get(0)), f);
		}
	}

	private void extend(ResultsFramework framework, FrameworkSeed f) {
		List<FrameworkDraft.ResultDraft> results = new ArrayList<>(framework.getResults()
			.stream()
			.map(r -> new FrameworkDraft.ResultDraft(r.getId(), r.getLevel(), r.getTitle()))
			.toList());
		f.results()
			.stream()
			.filter(r -> resultNamed(framework, r.title()) == null)
			.forEach(r -> results.add(new FrameworkDraft.ResultDraft(null, r.level(), r.title())));
		ResultsFramework updated = frameworks.update(framework.getId(),
				new FrameworkDraft(framework.getTitle(), framework.getPlanId(), framework.getPartnershipId(),
						framework.getProjectId(), framework.getLocalityId(), results, framework.getDescription(),
						framework.getSource(), framework.getStewardship().visibility()),
				framework.getVersion());
		for (ResultSeed r : f.results()) {
			Long resultId = resultNamed(updated, r.title()).getId();
			r.indicators().forEach(seed -> create(updated.getId(), resultId, seed));
		}
	}

	private static FrameworkResult resultNamed(ResultsFramework framework, String title) {
		return framework.getResults().stream().filter(r -> r.getTitle().equals(title)).findFirst().orElse(null);
	}

	private void create(FrameworkSeed f) {
		Long project = f.projectTitle() == null ? null
				: jdbc.sql("select min(id) from project where title = ?").param(f.projectTitle()).query(Long.class).single();
		List<FrameworkDraft.ResultDraft> results = f.results()
			.stream()
			.map(r -> new FrameworkDraft.ResultDraft(null, r.level(), r.title()))
			.toList();
		ResultsFramework framework = frameworks.create(new FrameworkDraft(f.title(), null,
				keys.partnership(f.partnershipKey()), project, keys.locality(f.localityCode()), results,
				f.description(), f.source(), f.visibility()));
		for (int i = 0; i < f.results().size(); i++) {
			Long resultId = framework.getResults().get(i).getId();
			f.results().get(i).indicators().forEach(seed -> create(framework.getId(), resultId, seed));
		}
	}

	private void create(long frameworkId, long resultId, IndicatorSeed s) {
		List<IndicatorDraft.PeriodDraft> periods = new ArrayList<>();
		for (PeriodSeed p : s.periods()) {
			periods.add(new IndicatorDraft.PeriodDraft(null, PartialDate.parse(p.start()), PartialDate.parse(p.end()),
					p.target()));
		}
		Indicator indicator = indicators.create(frameworkId,
				new IndicatorDraft(resultId, s.title(), s.measure(), s.ascending(), s.unit(), s.sdgIndicators(),
						s.dimensions(), s.baselineYear(), s.baseline(), s.baselineComment(), periods, null, s.source()));
		for (int i = 0; i < s.periods().size(); i++) {
			PeriodSeed p = s.periods().get(i);
			if (p.actual() != null && !p.actual().isEmpty()) {
				Long periodId = indicator.getPeriods().get(i).getId();
				IndicatorUpdate update = updates.create(indicator.getId(),
						new UpdateDraft(periodId, p.actual(), p.narrative(), List.of(), List.of()));
				IndicatorUpdate submitted = updates.submit(update.getId(), update.getVersion());
				updates.approve(submitted.getId(), submitted.getVersion(), null);
			}
		}
	}

	record MonitoringSeedFile(List<FrameworkSeed> frameworks) {
	}

	/**
	 * A framework: attached to the partnership, project or locality named, else the nation's. A later
	 * file naming a framework already loaded adds to it (results matched by title).
	 */
	record FrameworkSeed(String ref, String title, String partnershipKey, String projectTitle, String localityCode,
			String description, String source, Visibility visibility, List<ResultSeed> results) {
	}

	record ResultSeed(ResultLevel level, String title, List<IndicatorSeed> indicators) {
	}

	record IndicatorSeed(String title, IndicatorMeasure measure, boolean ascending, String unit,
			List<String> sdgIndicators, List<String> dimensions, Integer baselineYear, MeasuredValue baseline,
			String baselineComment, String source, List<PeriodSeed> periods) {
	}

	/** A period as the source states it ({@code start} null: "by the end of"), its target and actual. */
	record PeriodSeed(String start, String end, MeasuredValue target, MeasuredValue actual, String narrative) {
	}

}
