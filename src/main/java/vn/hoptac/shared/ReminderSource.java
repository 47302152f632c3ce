package vn.hoptac.shared;

import java.time.LocalDate;
import java.util.List;

/**
 * What a module reports as needing attention, so that the reminders digest depends on no record
 * module (each module declares a bean; the digest asks them all). Evaluated under the current
 * actor's access: an implementation lists only records the actor may read, through the module's
 * guarded lists, and the digest runs it for each user with {@link Access#as}.
 */
public interface ReminderSource {

	/**
	 * The reminders due on or before {@code today + horizonDays}, overdue ones included, that the
	 * current actor may read; ordered by due date.
	 */
	List<Reminder> dueFor(LocalDate today, int horizonDays);

}
