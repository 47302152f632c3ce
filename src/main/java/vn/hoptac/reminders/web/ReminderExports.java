package vn.hoptac.reminders.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.hoptac.reminders.OutboxMessage;
import vn.hoptac.reminders.web.ReminderApiController.ReminderResponse;
import vn.hoptac.shared.ExportColumns;
import vn.hoptac.shared.RecordExport;

/** The columns of this module's list exports (CSV, XLSX). */
@Configuration(proxyBeanMethods = false)
class ReminderExports {

	@Bean
	RecordExport<OutboxMessage> outboxExport() {
		return RecordExport.of(OutboxMessage.class, OutboxApiController.OutboxResponse.class)
			.date("digestOn", "outbox.day")
			.number("user", "export.column.userId", "userId")
			.text("email", "outbox.recipient")
			.text("language", "outbox.language")
			.text("subject", "outbox.subject")
			.text("body", "export.column.body", "bodyText")
			.date("createdAt", "export.column.createdAt")
			.date("sentAt", "export.column.sentAt")
			.number("attempts", "export.column.attempts", "attempts")
			.text("lastError", "export.column.lastError");
	}

	/**
	 * A reader's reminders are worked out whole from every module's sources, not read by a query:
	 * the export writes the items of the list's one answer.
	 */
	@Bean
	ExportColumns<ReminderResponse> reminderColumns() {
		return ExportColumns.of(ReminderResponse.class)
			.text("kind", "export.column.kindLabel", ReminderResponse::kindLabel)
			.text("severity", "export.column.severityLabel", ReminderResponse::severityLabel)
			.date("dueOn", "reminder.dueOn", ReminderResponse::dueOn)
			.number("daysLeft", "export.column.daysLeft", ReminderResponse::daysLeft)
			.text("status", "reminder.status", ReminderResponse::status)
			.text("title", "reminder.record", ReminderResponse::title)
			.text("detail", "reminder.detail", ReminderResponse::detail)
			.text("link", "export.column.link", ReminderResponse::link);
	}

}
