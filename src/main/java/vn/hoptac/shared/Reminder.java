package vn.hoptac.shared;

import java.time.LocalDate;

/**
 * Something that needs a person's attention by a date (an agreement expiring, a follow-up overdue,
 * an NGO certificate running out), as a module's {@link ReminderSource} reports it.
 *
 * @param kind what is due, a key of the reporting module ("agreement.expiring"), labelled by message key {@code reminder.kind.<kind>}
 * @param severity how pressing it is on the day asked
 * @param dueOn the day it is due (in the past when overdue)
 * @param entity the record type, as {@link ChangeRecorder} names it ("agreement")
 * @param id the record's id
 * @param title the record's title, as its list shows it
 * @param link the path of the record's page ("/agreements/12")
 * @param provinceId the province that keeps the record (null: kept nationally)
 * @param unitId the unit (department) that keeps it, if any
 * @param detailKey what precisely is due, as a message key (the statutory deadline's label), or null
 */
public record Reminder(String kind, Severity severity, LocalDate dueOn, String entity, long id, String title,
		String link, Long provinceId, Long unitId, String detailKey) {

	/** A reminder whose kind says all that is due. */
	public Reminder(String kind, Severity severity, LocalDate dueOn, String entity, long id, String title, String link,
			Long provinceId, Long unitId) {
		this(kind, severity, dueOn, entity, id, title, link, provinceId, unitId, null);
	}

	/** How pressing a reminder is: overdue, due within 30 days, or later within the horizon asked. */
	public enum Severity {

		OVERDUE, DUE_SOON, UPCOMING;

		/** Overdue before today, due soon within 30 days from today, upcoming after. */
		public static Severity of(LocalDate dueOn, LocalDate today) {
			if (dueOn.isBefore(today)) {
				return OVERDUE;
			}
			return dueOn.isAfter(today.plusDays(DUE_SOON_DAYS)) ? UPCOMING : DUE_SOON;
		}

	}

	/** Days ahead within which a reminder is "due soon". */
	public static final int DUE_SOON_DAYS = 30;

}
