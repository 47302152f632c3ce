/**
 * Reminders: what needs a user's attention by a date, gathered from every module's
 * {@link vn.hoptac.shared.ReminderSource} for the records the user is responsible for (on the home
 * page and in {@code GET /api/v1/reminders}), and a daily e-mail digest of them, kept in an outbox
 * that administrators read, and sent when SMTP is configured.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "identity", "shared" })
package vn.hoptac.reminders;
