package vn.hoptac.overview.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import vn.hoptac.agreements.AgreementQuery;
import vn.hoptac.agreements.AgreementService;
import vn.hoptac.audit.AuditEvent;
import vn.hoptac.audit.AuditQuery;
import vn.hoptac.audit.AuditService;
import vn.hoptac.partners.PartnershipQuery;
import vn.hoptac.partners.PartnershipService;
import vn.hoptac.reminders.ReminderService;
import vn.hoptac.reminders.ReminderText;
import vn.hoptac.shared.Access;
import vn.hoptac.shared.Actor;
import vn.hoptac.shared.Reminder;

/**
 * The home page. Signed-in users see their reminders (what every module reports as due among the
 * records they are responsible for, by kind) and recent changes; those who read every province a
 * table of the provinces; visitors an introduction and the public lists.
 */
@Controller
class HomePageController {

	/** How far ahead the provinces' table counts statutory deadlines that fall due. */
	static final int DUE_SOON_DAYS = Reminder.DUE_SOON_DAYS;

	private static final int LIMIT = 10;

	private final AgreementService agreements;

	private final PartnershipService partnerships;

	private final AuditService audit;

	private final ProvinceOverview provinces;

	private final ReminderService reminders;

	private final ReminderText text;

	HomePageController(AgreementService agreements, PartnershipService partnerships, AuditService audit,
			ProvinceOverview provinces, ReminderService reminders, ReminderText text) {
		this.provinces = provinces;
		this.agreements = agreements;
		this.partnerships = partnerships;
		this.audit = audit;
		this.reminders = reminders;
		this.text = text;
	}

	@GetMapping("/")
	String home(Model model) {
		// the lists' totals: exact, or "more than" past the lists' cap
		model.addAttribute("partnershipCount", partnerships
			.search(new PartnershipQuery(null, null, null, null, null, null, null, null, null), PageRequest.of(0, 1)));
		model.addAttribute("agreementCount", agreements
			.search(new AgreementQuery(null, null, null, null, null, null, null, null, null, null, null),
					PageRequest.of(0, 1)));
		Actor actor = Access.current().orElse(null);
		if (actor == null) {
			return "home";
		}
		if (actor.role().readsEverything()) {
			List<ProvinceOverview.Row> rows = provinces.rows(DUE_SOON_DAYS);
			model.addAttribute("provinceRows", rows);
			model.addAttribute("provinceTotal", ProvinceOverview.Row.total(rows));
			model.addAttribute("dueSoonDays", DUE_SOON_DAYS);
		}
		model.addAttribute("reminderGroups", reminderGroups(reminders.forCurrentUser()));
		model.addAttribute("reminderHorizon", ReminderService.DEFAULT_HORIZON_DAYS);
		model.addAttribute("recent", recentChanges(actor));
		model.addAttribute("recentOfAll", actor.role().readsEverything());
		return "home";
	}

	/** The whole log's latest entries for those who read it all; otherwise the user's own. */
	private List<AuditEvent> recentChanges(Actor actor) {
		if (actor.role().readsEverything()) {
			return audit
				.search(new AuditQuery(null, null, null, null, null, null),
						PageRequest.of(0, LIMIT, Sort.by(Sort.Direction.DESC, "occurredAt", "id")))
				.getContent();
		}
		return audit.recentBy(actor.username(), LIMIT);
	}

	/**
	 * The reminders by kind, the kinds with the most pressing reminder first, each with at most
	 * {@value #LIMIT} rows and its total.
	 */
	private List<ReminderGroup> reminderGroups(List<Reminder> due) {
		LocalDate today = reminders.today();
		Locale locale = LocaleContextHolder.getLocale();
		return ReminderService.byKind(due)
			.entrySet()
			.stream()
			.map(kind -> new ReminderGroup(kind.getKey(), text.kind(kind.getKey(), locale),
					kind.getValue()
						.stream()
						.limit(LIMIT)
						.map(r -> new ReminderRow(r, text.detail(r, locale), text.status(r, today, locale),
								r.severity() == Reminder.Severity.OVERDUE))
						.toList(),
					kind.getValue().size()))
			.toList();
	}

	/** The reminders of one kind on the home page; {@code id} names its table. */
	record ReminderGroup(String kind, String label, List<ReminderRow> rows, int total) {

		public String id() {
			return "reminders-" + kind.replace('.', '-');
		}

		public boolean hasDetails() {
			return rows.stream().anyMatch(row -> row.detail() != null);
		}

	}

	/** A reminder in the reader's words. */
	record ReminderRow(Reminder reminder, String detail, String status, boolean overdue) {
	}

}
