package vn.hoptac.agreements.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Component;

import vn.hoptac.agreements.Agreement;
import vn.hoptac.agreements.AgreementService;
import vn.hoptac.agreements.PendingDeadline;
import vn.hoptac.shared.Access;
import vn.hoptac.shared.Reminder;
import vn.hoptac.shared.ReminderSource;
import vn.hoptac.shared.Role;

/**
 * What agreements need attention, as the reminders read them: agreements expiring within the
 * horizon (within 30 days: due soon), and statutory deadlines (Law 70/2020) overdue or falling due
 * within 30 days. Both come from the agreement lists the home page used, under the reader's access.
 */
@Component
class AgreementReminders implements ReminderSource {

	/** An agreement expires (and is neither terminated nor declared expired). */
	static final String EXPIRING = "agreement.expiring";

	/** A statutory deadline falls due within {@link Reminder#DUE_SOON_DAYS} days. */
	static final String DEADLINE_DUE = "agreement.deadline.due";

	/** A statutory deadline has passed and the action that meets it is missing. */
	static final String DEADLINE_OVERDUE = "agreement.deadline.overdue";

	private final AgreementService agreements;

	AgreementReminders(AgreementService agreements) {
		this.agreements = agreements;
	}

	@Override
	public List<Reminder> dueFor(LocalDate today, int horizonDays) {
		List<Reminder> due = new ArrayList<>();
		for (Agreement agreement : agreements.expiringBetween(today, today.plusDays(horizonDays))) {
			due.add(reminder(EXPIRING, agreement, agreement.getExpiresOn(), today, null));
		}
		// statutory deadlines bind the Vietnamese bodies, not a foreign partner
		if (Access.current().map(actor -> actor.role() != Role.PARTNER).orElse(false)) {
			for (PendingDeadline late : agreements.pendingDueBetween(null, today.minusDays(1))) {
				due.add(deadline(DEADLINE_OVERDUE, late, today));
			}
			int ahead = Math.min(horizonDays, Reminder.DUE_SOON_DAYS);
			for (PendingDeadline soon : agreements.pendingDueBetween(today, today.plusDays(ahead))) {
				due.add(deadline(DEADLINE_DUE, soon, today));
			}
		}
		due.sort(Comparator.comparing(Reminder::dueOn).thenComparing(Reminder::id));
		return due;
	}

	private static Reminder deadline(String kind, PendingDeadline pending, LocalDate today) {
		return reminder(kind, pending.agreement(), pending.deadline().dueDate(), today,
				"enum.StatutoryDeadline." + pending.deadline().deadline().name());
	}

	private static Reminder reminder(String kind, Agreement agreement, LocalDate dueOn, LocalDate today,
			String detailKey) {
		return new Reminder(kind, Reminder.Severity.of(dueOn, today), dueOn, "agreement", agreement.getId(),
				agreement.getTitle(), "/agreements/" + agreement.getId(), agreement.getStewardship().provinceId(),
				agreement.getStewardship().organisationId(), detailKey);
	}

}
