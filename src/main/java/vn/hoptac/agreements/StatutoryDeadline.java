package vn.hoptac.agreements;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

import vn.hoptac.calendar.WorkingDayCalendar;

/**
 * Deadlines Law 70/2020/QH14 (Arts. 18–19, in force from 2021-07-01) sets on a provincial
 * agreement: consulted agencies answer within 7 working days, the Prime Minister decides a
 * referred disagreement within 7 working days, and the signing body reports to the Prime Minister
 * and MOFA within 15 days of signing.
 */
public enum StatutoryDeadline {

	MOFA_OPINION(ActionType.SENT_FOR_MOFA_OPINION, Set.of(ActionType.OPINION_RECEIVED, ActionType.REFERRED_TO_PM), 7,
			true),
	PRIME_MINISTER_DECISION(ActionType.REFERRED_TO_PM, Set.of(ActionType.OPINION_RECEIVED, ActionType.SIGNED), 7, true),
	REPORT_AFTER_SIGNING(ActionType.SIGNED, Set.of(ActionType.REPORTED_TO_PM_MOFA), 15, false);

	/** Actions before the law took effect carry no statutory deadline. */
	public static final LocalDate LAW_IN_FORCE = LocalDate.of(2021, 7, 1);

	private final ActionType trigger;

	private final Set<ActionType> fulfilledBy;

	private final int days;

	private final boolean workingDays;

	StatutoryDeadline(ActionType trigger, Set<ActionType> fulfilledBy, int days, boolean workingDays) {
		this.trigger = trigger;
		this.fulfilledBy = fulfilledBy;
		this.days = days;
		this.workingDays = workingDays;
	}

	/** Only a step dated to the day starts a deadline: one known by its month or year gives no day to count from. */
	public static Optional<StatutoryDeadline> triggeredBy(AgreementAction action) {
		if (action.precision() != vn.hoptac.shared.DatePrecision.DAY || action.date().isBefore(LAW_IN_FORCE)) {
			return Optional.empty();
		}
		for (StatutoryDeadline deadline : values()) {
			if (deadline.trigger == action.type()) {
				return Optional.of(deadline);
			}
		}
		return Optional.empty();
	}

	public LocalDate dueDate(LocalDate start, WorkingDayCalendar calendar) {
		return workingDays ? calendar.plusWorkingDays(start, days) : start.plusDays(days);
	}

	/** The latest day this deadline may start on and still fall due on or before {@code due}. */
	public LocalDate latestStartDueBy(LocalDate due, WorkingDayCalendar calendar) {
		return workingDays ? calendar.latestStartDueBy(due, days) : due.minusDays(days);
	}

	public ActionType trigger() {
		return trigger;
	}

	public boolean isFulfilledBy(ActionType type) {
		return fulfilledBy.contains(type);
	}

}
