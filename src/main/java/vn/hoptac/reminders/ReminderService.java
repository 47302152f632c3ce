package vn.hoptac.reminders;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hoptac.shared.Access;
import vn.hoptac.shared.Actor;
import vn.hoptac.shared.Reminder;
import vn.hoptac.shared.ReminderSource;
import vn.hoptac.shared.Role;
import vn.hoptac.shared.RuleViolationException;

/**
 * The reminders of the current user: what every module's {@link ReminderSource} reports among the
 * records the user may read, narrowed to those the user is responsible for. Provincial users answer
 * for their province's records (a department focal official for their unit's); administrators and
 * national analysts oversee every province, and partners see what is shared with them. A module
 * that declares a new source needs no change here.
 */
@Service
@Transactional(readOnly = true)
public class ReminderService {

	/** How far ahead reminders look unless asked otherwise. */
	public static final int DEFAULT_HORIZON_DAYS = 90;

	/** The farthest a reader may look ahead. */
	public static final int MAX_HORIZON_DAYS = 366;

	private final List<ReminderSource> sources;

	private final Clock clock;

	ReminderService(List<ReminderSource> sources, Clock clock) {
		this.sources = sources;
		this.clock = clock;
	}

	/** Today's reminders within the default horizon, of every kind. */
	public List<Reminder> forCurrentUser() {
		return forCurrentUser(today(), DEFAULT_HORIZON_DAYS, null);
	}

	/**
	 * The reminders due on or before {@code today + horizonDays} (overdue ones included) of the given
	 * kind (null: every kind), the soonest first; 401 for anonymous visitors, 400 naming
	 * {@code horizon} when it is outside 1 to {@value #MAX_HORIZON_DAYS} days.
	 */
	public List<Reminder> forCurrentUser(LocalDate today, int horizonDays, String kind) {
		Actor actor = Access.required();
		if (horizonDays < 1 || horizonDays > MAX_HORIZON_DAYS) {
			throw RuleViolationException.of("horizon", "reminder.horizon.range", MAX_HORIZON_DAYS);
		}
		return sources.stream()
			.flatMap(source -> source.dueFor(today, horizonDays).stream())
			.filter(reminder -> kind == null || kind.isBlank() || kind.equals(reminder.kind()))
			.filter(reminder -> responsible(actor, reminder))
			.sorted(Comparator.comparing(Reminder::dueOn)
				.thenComparing(Reminder::kind)
				.thenComparing(Reminder::id))
			.toList();
	}

	/**
	 * The reminders by kind, in the order of each kind's first reminder: sorted by due date, the
	 * kinds with the most pressing reminder come first.
	 */
	public static Map<String, List<Reminder>> byKind(List<Reminder> reminders) {
		Map<String, List<Reminder>> byKind = new LinkedHashMap<>();
		reminders.forEach(r -> byKind.computeIfAbsent(r.kind(), kind -> new ArrayList<>()).add(r));
		return byKind;
	}

	/** Today in Vietnam, the day reminders are counted from. */
	public LocalDate today() {
		return LocalDate.now(clock);
	}

	/**
	 * Whether the reminder is the actor's to act on: a provincial user reads other provinces' shared
	 * records but does not answer for them.
	 */
	static boolean responsible(Actor actor, Reminder reminder) {
		if (!actor.role().isProvincial()) {
			return true;
		}
		if (!Objects.equals(actor.provinceId(), reminder.provinceId())) {
			return false;
		}
		return actor.role() != Role.DEPARTMENT_FOCAL || Objects.equals(actor.organisationId(), reminder.unitId());
	}

}
