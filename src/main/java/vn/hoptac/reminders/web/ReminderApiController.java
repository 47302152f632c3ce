package vn.hoptac.reminders.web;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import vn.hoptac.reminders.ReminderService;
import vn.hoptac.reminders.ReminderText;
import vn.hoptac.shared.PageResponse;
import vn.hoptac.shared.Reminder;

/** The signed-in user's reminders, as the home page shows them. */
@RestController
@RequestMapping("/api/v1/reminders")
@Tag(name = "Reminders", description = "What needs the signed-in user's attention by a date")
class ReminderApiController {

	private final ReminderService reminders;

	private final ReminderText text;

	ReminderApiController(ReminderService reminders, ReminderText text) {
		this.reminders = reminders;
		this.text = text;
	}

	/**
	 * The reminders due within {@code horizon} days (1–366, default 90) and those overdue, of one
	 * {@code kind} or all, the soonest first; all of them on one page.
	 */
	@Operation(operationId = "listReminders", summary = "List the signed-in user's reminders")
	@GetMapping
	PageResponse<ReminderResponse> list(@RequestParam(required = false) String kind,
			@RequestParam(defaultValue = "" + ReminderService.DEFAULT_HORIZON_DAYS) int horizon) {
		LocalDate today = reminders.today();
		Locale locale = LocaleContextHolder.getLocale();
		List<ReminderResponse> items = reminders.forCurrentUser(today, horizon, kind)
			.stream()
			.map(r -> ReminderResponse.of(r, today, text, locale))
			.toList();
		return new PageResponse<>(items, items.size(), 0, items.size(), true);
	}

	/** A reminder with its labels in the request's language. */
	record ReminderResponse(String kind, String kindLabel, Reminder.Severity severity, String severityLabel,
			LocalDate dueOn, long daysLeft, String status, String detail, String entity, long id, String title,
			String link, Long provinceId, Long unitId) {

		static ReminderResponse of(Reminder r, LocalDate today, ReminderText text, Locale locale) {
			return new ReminderResponse(r.kind(), text.kind(r.kind(), locale), r.severity(),
					text.severity(r.severity(), locale), r.dueOn(), ChronoUnit.DAYS.between(today, r.dueOn()),
					text.status(r, today, locale), text.detail(r, locale), r.entity(), r.id(), r.title(), r.link(),
					r.provinceId(), r.unitId());
		}

	}

}
