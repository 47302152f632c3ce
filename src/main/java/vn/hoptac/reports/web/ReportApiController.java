package vn.hoptac.reports.web;

import java.util.Locale;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import vn.hoptac.geo.Locality;
import vn.hoptac.reports.IpttReports;
import vn.hoptac.reports.Report;
import vn.hoptac.reports.ReportKind;
import vn.hoptac.reports.ReportPeriod;
import vn.hoptac.reports.ReportService;
import vn.hoptac.shared.NotFoundException;
import vn.hoptac.shared.RuleViolationException;

@RestController
@RequestMapping("/api/v1/reports")
@Tag(name = "Reports", description = "A province's six-monthly and annual reports: figures from the records, the officer's text, submission to MOFA")
class ReportApiController {

	private final ReportService reports;

	private final ReportFiles files;

	private final IpttReports iptt;

	ReportApiController(ReportService reports, ReportFiles files, IpttReports iptt) {
		this.reports = reports;
		this.files = files;
		this.iptt = iptt;
	}

	@Operation(operationId = "getReport", summary = "A province's report for a year or a half year: its figures (JSON) or the document "
			+ "(format docx, xlsx or pdf), in the language asked for (lang vi, en or ko)")
	@GetMapping("/{kind}")
	ResponseEntity<?> get(@PathVariable String kind, @RequestParam(required = false) String province,
			@RequestParam(required = false) Integer year, @RequestParam(required = false) Integer half,
			@RequestParam(required = false) String format, @RequestParam(required = false) String lang,
			Locale requestLocale) {
		return answer(() -> reports.view(reports.province(province), period(kind, year, half)), format, lang,
				requestLocale);
	}

	@Operation(operationId = "getIpttReport", summary = "The indicator performance tracking table of a results framework "
			+ "(per indicator and period: target, actual, % of target, running totals): its figures (JSON) or the "
			+ "document (format docx, xlsx or pdf), in the language asked for; read as the framework is")
	@GetMapping("/" + IpttReports.KIND + "/{frameworkId}")
	ResponseEntity<?> iptt(@PathVariable long frameworkId, @RequestParam(required = false) String format,
			@RequestParam(required = false) String lang, Locale requestLocale) {
		return answer(() -> iptt.view(frameworkId), format, lang, requestLocale);
	}

	/** The report as JSON, or as the document in the format asked for, in the language asked for. */
	private ResponseEntity<?> answer(java.util.function.Supplier<ReportService.ReportView> report, String format,
			String lang, Locale requestLocale) {
		Locale locale = ReportFiles.language(lang, requestLocale);
		ReportFiles.Format file = ReportFiles.Format.of(format);
		ReportService.ReportView view = report.get();
		return file == null ? ResponseEntity.ok(ReportResponse.of(files.text(view, locale)))
				: files.file(view, file, locale);
	}

	@Operation(operationId = "getNationalReport", summary = "MOFA's consolidated report for a year or a half year (national analysts "
			+ "and administrators): every province's key figures from the records beside its submitted report's, "
			+ "rolled up through the 2025 reorganisation, and the provinces that have not submitted; JSON or a document")
	@GetMapping("/national")
	ResponseEntity<?> national(@RequestParam(required = false) Integer year, @RequestParam(required = false) Integer half,
			@RequestParam(required = false) String format, @RequestParam(required = false) String lang,
			Locale requestLocale) {
		return answer(() -> reports.national(nationalPeriod(year, half)), format, lang, requestLocale);
	}

	@Operation(operationId = "getPartnershipProfile", summary = "A partnership's profile: its timeline out of the dated records of "
			+ "the partnership, its agreements, money by modality, exchanges, indicators and health; JSON or a document")
	@GetMapping("/partnership/{id}")
	ResponseEntity<?> partnership(@PathVariable long id, @RequestParam(required = false) String format,
			@RequestParam(required = false) String lang, Locale requestLocale) {
		return answer(() -> reports.profile(id), format, lang, requestLocale);
	}

	/** The national report's period: the year, or its half when one is given. */
	static ReportPeriod nationalPeriod(Integer year, Integer half) {
		return period((half == null ? ReportKind.ANNUAL : ReportKind.SEMIANNUAL).path(), year, half);
	}

	record TextRequest(@NotNull String province, @NotNull Integer year, Integer half,
			@Size(max = Report.SUMMARY_LENGTH) String summary, @Size(max = Report.PROBLEMS_LENGTH) String problems,
			Long version) {
	}

	record SubmitRequest(@NotNull String province, @NotNull Integer year, Integer half, Long version) {
	}

	@Operation(operationId = "writeReportText", summary = "Write the officer's summary and problems and proposals (the latest draft, "
			+ "based on the version read; after a submission this opens the next version)")
	@PutMapping("/{kind}/text")
	ReportResponse write(@PathVariable String kind, @Valid @RequestBody TextRequest request, Locale locale) {
		return after(kind, request.province(), request.year(), request.half(), locale,
				(where, period) -> reports.write(where, period, request.summary(), request.problems(), request.version()));
	}

	@Operation(operationId = "submitReport", summary = "Submit the report to MOFA (province administrators): its figures and text "
			+ "are frozen as sent")
	@PostMapping("/{kind}/submissions")
	ReportResponse submit(@PathVariable String kind, @Valid @RequestBody SubmitRequest request, Locale locale) {
		return after(kind, request.province(), request.year(), request.half(), locale,
				(where, period) -> reports.submit(where, period, request.version()));
	}

	/** Does the write on the report of the province and period, then answers with the report as it reads now. */
	private ReportResponse after(String kind, String province, Integer year, Integer half, Locale locale,
			java.util.function.BiConsumer<Locality, ReportPeriod> write) {
		Locality where = reports.province(province);
		ReportPeriod period = period(kind, year, half);
		write.accept(where, period);
		return ReportResponse.of(files.text(reports.view(where, period), locale));
	}

	/** The period of the path's kind: a year, and a half (1 or 2) for the six-monthly report. */
	static ReportPeriod period(String kind, Integer year, Integer half) {
		ReportKind reportKind = ReportKind.ofPath(kind).orElseThrow(() -> new NotFoundException("report kind", kind));
		new RuleViolationException.Collector().rejectIf(year == null || year < 1945 || year > 2100, "year",
				"reports.error.year")
			.rejectIf(reportKind == ReportKind.SEMIANNUAL && (half == null || (half != 1 && half != 2)), "half",
					"reports.error.half")
			.throwIfAny();
		return new ReportPeriod(reportKind, year, half == null ? 0 : half);
	}

}
