package vn.hoptac.reports;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

import vn.hoptac.geo.Locality;
import vn.hoptac.geo.LocalityService;
import vn.hoptac.partners.Partnership;
import vn.hoptac.partners.PartnershipService;
import vn.hoptac.partners.PartyDirectory;
import vn.hoptac.reports.internal.FigureGatherer;
import vn.hoptac.reports.internal.NationalFigures;
import vn.hoptac.reports.internal.PartnershipProfile;
import vn.hoptac.reports.internal.ReportRepository;
import vn.hoptac.shared.Access;
import vn.hoptac.shared.FormFields;
import vn.hoptac.shared.Actor;
import vn.hoptac.shared.ChangeRecorder;
import vn.hoptac.shared.ConflictException;
import vn.hoptac.shared.RecordRef;
import vn.hoptac.shared.Role;
import vn.hoptac.shared.RuleViolationException;
import vn.hoptac.shared.StaleVersionException;
import vn.hoptac.shared.Stewardship;
import vn.hoptac.shared.Visibility;

/**
 * A province's periodic reports: the figures gathered from the records (or, once submitted, as
 * sent), the officer's text, and submission to MOFA. Readers are those who read the province's
 * internal records; writers its officers and administrators; submitters its administrators.
 */
@Service
public class ReportService {

	static final String ENTITY = "report";

	private final ReportRepository reports;

	private final FigureGatherer figures;

	private final NationalFigures national;

	private final PartyDirectory directory;

	private final PartnershipService partnerships;

	private final PartnershipProfile profiles;

	private final LocalityService localities;

	private final ChangeRecorder changes;

	private final JsonMapper json;

	private final Clock clock;

	private final ReportLabels labels;

	ReportService(ReportRepository reports, FigureGatherer figures, NationalFigures national, PartyDirectory directory,
			PartnershipService partnerships, PartnershipProfile profiles, LocalityService localities,
			ChangeRecorder changes, Clock clock, ReportLabels labels) {
		this.partnerships = partnerships;
		this.profiles = profiles;
		this.reports = reports;
		this.figures = figures;
		this.national = national;
		this.directory = directory;
		this.localities = localities;
		this.changes = changes;
		// its own mapper: the figures hold null values (unknown), which the API's mapper refuses in lists
		this.json = JsonMapper.builder().build();
		this.clock = clock;
		this.labels = labels;
	}

	/**
	 * A report as it reads now: the latest version's text and frozen figures, or live figures. The
	 * national report has no province; a report of one record (a partnership's profile, the IPTT of
	 * a framework) has a subject instead of a period, and a province only when the record is kept by one.
	 */
	public record ReportView(Locality province, ReportPeriod period, Optional<Report> report, ReportFigures figures,
			Subject subject) {

		public ReportView(Locality province, ReportPeriod period, Optional<Report> report, ReportFigures figures) {
			this(province, period, report, figures, null);
		}

		/** A partnership's profile: about one partnership (its title), over no period. */
		public boolean profile() {
			return subject != null && Subject.PARTNERSHIP.equals(subject.kind());
		}

		public boolean frozen() {
			return report.map(Report::isSubmitted).orElse(false);
		}

	}

	/** The record a report is of: its kind's path ("iptt"), its id and its title. */
	public record Subject(String kind, long id, String title) {

		/** The kind of a partnership's profile. */
		public static final String PARTNERSHIP = "partnership";

	}

	/** The current province with this id or official code ("VN-19"); 400 when there is none. */
	public Locality province(String idOrCode) {
		Long id = localities.idOrCode(idOrCode, "province");
		return Optional.ofNullable(id)
			.map(localities::get)
			.filter(l -> l.getLevel().isProvincial() && "VN".equals(l.getCountry()) && l.getValidTo() == null)
			.orElseThrow(() -> RuleViolationException.of("province", "reports.error.province"));
	}

	/**
	 * MOFA's consolidated report for the period (national analysts and administrators): every
	 * current province's key figures from the records beside those of its submitted report, and
	 * the provinces that have submitted none. Its view has no province.
	 */
	@Transactional(readOnly = true)
	public ReportView national(ReportPeriod period) {
		Access.checkRole(Role.NATIONAL_ANALYST, Role.ADMIN);
		Map<Long, ReportFigures> submitted = new LinkedHashMap<>();
		reports.findByKindAndPeriodYearAndPeriodHalfAndStatusOrderByProvinceIdAscNumberDesc(period.kind(),
				period.year(), period.half(), ReportStatus.SUBMITTED)
			.forEach(r -> submitted.putIfAbsent(r.getProvinceId(),
					json.readValue(r.getFrozenFigures(), ReportFigures.class)));
		List<Locality> provinces = directory.currentProvinces();
		return new ReportView(null, period, Optional.empty(),
				Access.asSystem(() -> national.gather(provinces, period, submitted)));
	}

	@Transactional(readOnly = true)
	public ReportView view(Locality province, ReportPeriod period) {
		checkReader(province.getId());
		Optional<Report> latest = latest(province.getId(), period);
		ReportFigures shown = latest.filter(Report::isSubmitted)
			.map(r -> json.readValue(r.getFrozenFigures(), ReportFigures.class))
			.orElseGet(() -> gathered(province.getId(), period));
		return new ReportView(province, period, latest, shown);
	}

	/**
	 * A partnership's profile for signed-in readers of the partnership (404 for others): headed by
	 * the province that keeps it, of the records the reader may read; its money sums every project
	 * of the partnership, so it is not for anonymous visitors even of a public partnership.
	 */
	@Transactional(readOnly = true)
	public ReportView profile(long partnershipId) {
		Access.required();
		Partnership partnership = partnerships.get(partnershipId);
		Long keptBy = partnership.getStewardship().provinceId();
		return new ReportView(keptBy == null ? null : localities.get(keptBy), null, Optional.empty(),
				profiles.gather(partnership), new Subject(Subject.PARTNERSHIP, partnershipId, partnership.getTitle()));
	}

	/**
	 * Saves the officer's text on the latest draft (version checked), or starts the next version when
	 * the latest has been submitted (or there is none yet).
	 */
	@Transactional
	public Report write(Locality province, ReportPeriod period, String summary, String problems, Long expectedVersion) {
		Stewardship kept = keptBy(province.getId());
		Access.checkWrite(kept);
		new RuleViolationException.Collector()
			.rejectIf(summary != null && summary.length() > Report.SUMMARY_LENGTH, "summary", "validation.tooLong",
					"summary", Report.SUMMARY_LENGTH)
			.rejectIf(problems != null && problems.length() > Report.PROBLEMS_LENGTH, "problems", "validation.tooLong",
					"problems", Report.PROBLEMS_LENGTH)
			.throwIfAny();
		Optional<Report> latest = latest(province.getId(), period);
		// the version the writer read: of the draft it edits, or of the submitted report it follows
		latest.ifPresent(r -> changes.checkVersion(ENTITY, r.getId(), expectedVersion, r));
		if (latest.isPresent() && !latest.get().isSubmitted()) {
			Report draft = latest.get();
			String before = changes.snapshot(draft);
			draft.write(FormFields.trimmed(summary), FormFields.trimmed(problems));
			savedFirst(draft);
			changes.updated(ENTITY, draft.getId(), title(province, period, draft), before, draft);
			return draft;
		}
		Report next = new Report(province.getId(), period, latest.map(r -> r.getNumber() + 1).orElse(1));
		next.write(FormFields.trimmed(summary), FormFields.trimmed(problems));
		Report saved = savedFirst(next);
		changes.created(ENTITY, saved.getId(), title(province, period, saved), saved);
		return saved;
	}

	/**
	 * Saves the report unless a concurrent write got there first: the same draft changed (its
	 * version), the same next number taken (the unique number per period), or a lock the database
	 * gave up waiting for. The later writer gets a 409, as for a stale version.
	 */
	private Report savedFirst(Report report) {
		try {
			return reports.saveAndFlush(report);
		}
		catch (OptimisticLockingFailureException | DataIntegrityViolationException
				| PessimisticLockingFailureException e) {
			throw new StaleVersionException(ENTITY, report.getId(), report.getVersion(), report.getVersion() + 1);
		}
	}

	/**
	 * Submits the latest draft to MOFA (a province administrator of the province, or an
	 * administrator): its figures are gathered now and kept as sent, with their labels. A report
	 * already submitted is a 409 until new text opens the next version.
	 */
	@Transactional
	public Report submit(Locality province, ReportPeriod period, Long expectedVersion) {
		Actor actor = Access.checkRole(Role.PROVINCE_ADMIN, Role.ADMIN);
		Access.checkWrite(keptBy(province.getId()));
		Report draft = latest(province.getId(), period).filter(r -> !r.isSubmitted()).orElse(null);
		if (draft == null) {
			Report submitted = latest(province.getId(), period).orElse(null);
			if (submitted != null) {
				throw new ConflictException("reportSubmitted",
						List.of(new RecordRef(ENTITY, submitted.getId(), title(province, period, submitted), null)),
						"version", "reports.error.alreadySubmitted", submitted.getNumber());
			}
			draft = reports.saveAndFlush(new Report(province.getId(), period, 1));
			changes.created(ENTITY, draft.getId(), title(province, period, draft), draft);
		}
		else {
			changes.checkVersion(ENTITY, draft.getId(), expectedVersion, draft);
		}
		String before = changes.snapshot(draft);
		// kept with its labels in the three languages as they read now: the report reads as sent in
		// whichever language it is opened, whatever the bundles say later (the keys stay for programs)
		draft.freeze(json.writeValueAsString(gathered(province.getId(), period).labelled(labels::of)),
				actor.username(), clock.instant());
		reports.saveAndFlush(draft);
		changes.acted(ENTITY, draft.getId(), title(province, period, draft) + " – submitted", before, draft);
		return draft;
	}

	private Optional<Report> latest(long province, ReportPeriod period) {
		return reports.findFirstByProvinceIdAndKindAndPeriodYearAndPeriodHalfOrderByNumberDesc(province,
				period.kind(), period.year(), period.half());
	}

	/**
	 * The figures of the province's records, whoever reads them: everyone who may read the report
	 * (its province's staff, national readers) sees the same numbers, and a frozen copy does not
	 * depend on who submitted it.
	 */
	private ReportFigures gathered(long province, ReportPeriod period) {
		return Access.asSystem(() -> figures.gather(province, period));
	}

	private static void checkReader(long province) {
		if (!Access.canRead(Access.current().orElse(null), keptBy(province))) {
			Access.required();
			throw new AccessDeniedException("Not your province's report");
		}
	}

	private static Stewardship keptBy(long province) {
		return new Stewardship(province, null, Visibility.INTERNAL);
	}

	private static String title(Locality province, ReportPeriod period, Report report) {
		return province.getNames().vi() + " " + period.kind().path() + " " + period.year()
				+ (period.half() == 0 ? "" : "/" + period.half()) + " v" + report.getNumber();
	}

}
