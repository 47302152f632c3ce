package vn.hoptac.reports.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import vn.hoptac.geo.Locality;
import vn.hoptac.partners.PartyDirectory;
import vn.hoptac.reports.IpttReports;
import vn.hoptac.reports.ReportKind;
import vn.hoptac.reports.ReportPeriod;
import vn.hoptac.reports.ReportService;
import vn.hoptac.shared.Access;
import vn.hoptac.shared.Actor;
import vn.hoptac.shared.Role;
import vn.hoptac.shared.RuleViolationException;
import vn.hoptac.shared.StaleVersionException;

/**
 * The reports page: an officer picks the province, the kind, the year and the half, sees the
 * figures as tables, writes the text, downloads the documents and (a province administrator)
 * submits. The same {@link ReportService} and {@link ReportFiles} as the API.
 */
@Controller
@RequestMapping("/reports")
class ReportPageController {

	private final ReportService reports;

	private final ReportFiles files;

	private final PartyDirectory directory;

	private final MessageSource messages;

	private final IpttReports iptt;

	ReportPageController(ReportService reports, ReportFiles files, PartyDirectory directory, MessageSource messages,
			IpttReports iptt) {
		this.reports = reports;
		this.files = files;
		this.directory = directory;
		this.messages = messages;
		this.iptt = iptt;
	}

	@GetMapping
	String page(@RequestParam(required = false) String province, @RequestParam(required = false) String kind,
			@RequestParam(required = false) Integer year, @RequestParam(required = false) Integer half, Locale locale,
			Model model) {
		Actor actor = Access.required();
		String chosen = province != null ? province
				: actor.provinceId() != null ? String.valueOf(actor.provinceId()) : null;
		ReportKind reportKind = kind == null ? ReportKind.ANNUAL
				: ReportKind.ofPath(kind).orElse(ReportKind.ANNUAL);
		int reportYear = year != null ? year : LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).getYear() - 1;
		int reportHalf = reportKind == ReportKind.SEMIANNUAL ? (half != null && half == 2 ? 2 : 1) : 0;
		model.addAttribute("provinces", directory.currentProvinces());
		model.addAttribute("kinds", ReportKind.values());
		model.addAttribute("kind", reportKind);
		model.addAttribute("year", reportYear);
		model.addAttribute("half", reportHalf);
		model.addAttribute("canSubmit", actor.role() == Role.PROVINCE_ADMIN || actor.role() == Role.ADMIN);
		model.addAttribute("canReadNational", actor.role() == Role.NATIONAL_ANALYST || actor.role() == Role.ADMIN);
		if (chosen != null) {
			Locality where = reports.province(chosen);
			ReportPeriod period = new ReportPeriod(reportKind, reportYear, reportHalf);
			ReportService.ReportView view = reports.view(where, period);
			model.addAttribute("provinceId", where.getId());
			model.addAttribute("report", ReportResponse.of(files.text(view, locale)));
			model.addAttribute("current", view.report().orElse(null));
			model.addAttribute("canWrite", Access.canWrite(actor, new vn.hoptac.shared.Stewardship(where.getId(), null,
					vn.hoptac.shared.Visibility.INTERNAL)));
			model.addAttribute("query", query(where.getId(), reportKind, reportYear, reportHalf));
		}
		return "reports/page";
	}

	/** MOFA's consolidated report on the same page, without the province's text and submission. */
	@GetMapping("/national")
	String national(@RequestParam(required = false) Integer year, @RequestParam(required = false) Integer half,
			Locale locale, Model model) {
		int reportYear = year != null ? year : LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).getYear() - 1;
		ReportPeriod period = ReportApiController.nationalPeriod(reportYear, half);
		model.addAttribute("report", ReportResponse.of(files.text(reports.national(period), locale)));
		model.addAttribute("national", true);
		model.addAttribute("year", reportYear);
		model.addAttribute("half", period.half());
		model.addAttribute("fileLink", "/reports/national/file"
				+ UriComponentsBuilder.fromPath("").queryParam("year", reportYear).queryParamIfPresent("half",
						java.util.Optional.ofNullable(half)).build().toUriString());
		return "reports/national";
	}

	@GetMapping("/national/file")
	ResponseEntity<byte[]> nationalFile(@RequestParam Integer year, @RequestParam(required = false) Integer half,
			@RequestParam String format, @RequestParam(required = false) String lang, Locale locale) {
		ReportFiles.Format file = ReportFiles.Format.of(format);
		return files.file(reports.national(ReportApiController.nationalPeriod(year, half)), file,
				ReportFiles.language(lang, locale));
	}

	/** A partnership's profile as a page, with its documents. */
	@GetMapping("/partnership/{id}")
	String partnership(@org.springframework.web.bind.annotation.PathVariable long id, Locale locale, Model model) {
		model.addAttribute("report", ReportResponse.of(files.text(reports.profile(id), locale)));
		model.addAttribute("fileLink", "/reports/partnership/" + id + "/file");
		return "reports/profile";
	}

	@GetMapping("/partnership/{id}/file")
	ResponseEntity<byte[]> partnershipFile(@org.springframework.web.bind.annotation.PathVariable long id,
			@RequestParam String format, @RequestParam(required = false) String lang, Locale locale) {
		return files.file(reports.profile(id), ReportFiles.Format.of(format), ReportFiles.language(lang, locale));
	}

	@GetMapping("/file")
	ResponseEntity<byte[]> file(@RequestParam String province, @RequestParam String kind, @RequestParam Integer year,
			@RequestParam(required = false) Integer half, @RequestParam String format,
			@RequestParam(required = false) String lang, Locale locale) {
		ReportFiles.Format file = ReportFiles.Format.of(format);
		Locality where = reports.province(province);
		return files.file(reports.view(where, ReportApiController.period(kind, year, half)), file,
				ReportFiles.language(lang, locale));
	}

	@GetMapping("/" + IpttReports.KIND + "/{frameworkId}/file")
	ResponseEntity<byte[]> ipttFile(@PathVariable long frameworkId, @RequestParam String format,
			@RequestParam(required = false) String lang, Locale locale) {
		ReportFiles.Format file = ReportFiles.Format.of(format);
		return files.file(iptt.view(frameworkId), file, ReportFiles.language(lang, locale));
	}

	@PostMapping("/text")
	String write(@RequestParam String province, @RequestParam String kind, @RequestParam Integer year,
			@RequestParam(required = false) Integer half, @RequestParam(required = false) String summary,
			@RequestParam(required = false) String problems, @RequestParam(required = false) Long version,
			Locale locale, RedirectAttributes redirect) {
		Locality where = reports.province(province);
		ReportPeriod period = ReportApiController.period(kind, year, half);
		return done(() -> reports.write(where, period, summary, problems, version), "reports.form.saved", where,
				period, locale, redirect);
	}

	@PostMapping("/submit")
	String submit(@RequestParam String province, @RequestParam String kind, @RequestParam Integer year,
			@RequestParam(required = false) Integer half, @RequestParam(required = false) Long version, Locale locale,
			RedirectAttributes redirect) {
		Locality where = reports.province(province);
		ReportPeriod period = ReportApiController.period(kind, year, half);
		return done(() -> reports.submit(where, period, version), "reports.form.submitted", where, period, locale,
				redirect);
	}

	/** Runs the write and returns to the report with what happened, or with what refused it. */
	private String done(Runnable write, String doneKey, Locality where, ReportPeriod period, Locale locale,
			RedirectAttributes redirect) {
		try {
			write.run();
			redirect.addFlashAttribute("notice", messages.getMessage(doneKey, null, locale));
		}
		catch (RuleViolationException e) {
			RuleViolationException.Violation v = e.violations().get(0);
			redirect.addFlashAttribute("problem", messages.getMessage(v.messageKey(), v.args(), locale));
		}
		catch (StaleVersionException | OptimisticLockingFailureException e) {
			redirect.addFlashAttribute("problem", messages.getMessage("problem.stale.detail", null, locale));
		}
		return "redirect:/reports" + query(where.getId(), period.kind(), period.year(), period.half());
	}

	private static String query(long province, ReportKind kind, int year, int half) {
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath("")
			.queryParam("province", province)
			.queryParam("kind", kind.path())
			.queryParam("year", year);
		if (half != 0) {
			uri.queryParam("half", half);
		}
		return uri.build().toUriString();
	}

}
