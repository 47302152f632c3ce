package vn.hoptac.delegations.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.hoptac.delegations.Delegation;
import vn.hoptac.delegations.DelegationPlan;
import vn.hoptac.delegations.DelegationPlanService;
import vn.hoptac.delegations.DelegationService;
import vn.hoptac.delegations.FollowUp;
import vn.hoptac.delegations.FollowUpStatus;
import vn.hoptac.shared.Reminder;
import vn.hoptac.shared.ReminderSource;

/**
 * What delegations need attention: plans whose submission day (the one the officer set; no statute
 * fixes one) falls within the horizon before they reached the People's Committee, and follow-ups
 * still open after their due day. Both under the reader's access.
 */
@Component
@Transactional(readOnly = true)
class DelegationReminders implements ReminderSource {

	static final String PLAN_SUBMISSION_DUE = "delegation.plan.submission";

	static final String FOLLOW_UP_OVERDUE = "delegation.followUp.overdue";

	private final DelegationPlanService plans;

	private final DelegationService delegations;

	DelegationReminders(DelegationPlanService plans, DelegationService delegations) {
		this.plans = plans;
		this.delegations = delegations;
	}

	@Override
	public List<Reminder> dueFor(LocalDate today, int horizonDays) {
		List<Reminder> due = new ArrayList<>();
		for (DelegationPlan plan : plans.submissionsDueBy(today.plusDays(horizonDays))) {
			due.add(new Reminder(PLAN_SUBMISSION_DUE, Reminder.Severity.of(plan.getDueOn(), today), plan.getDueOn(),
					DelegationPlanService.ENTITY, plan.getId(), plan.getTitle(), "/delegation-plans/" + plan.getId(),
					plan.getStewardship().provinceId(), plan.getStewardship().organisationId()));
		}
		for (Delegation delegation : delegations.withFollowUpOpenBefore(today)) {
			for (FollowUp followUp : delegation.getFollowUps()) {
				if (followUp.status() == FollowUpStatus.OPEN && followUp.dueOn() != null
						&& followUp.dueOn().isBefore(today)) {
					due.add(new Reminder(FOLLOW_UP_OVERDUE, Reminder.Severity.OVERDUE, followUp.dueOn(),
							DelegationService.ENTITY, delegation.getId(),
							followUp.action() == null ? delegation.getTitle()
									: delegation.getTitle() + " — " + followUp.action(), "/delegations/" + delegation.getId(),
							delegation.getStewardship().provinceId(), delegation.getStewardship().organisationId()));
				}
			}
		}
		due.sort(Comparator.comparing(Reminder::dueOn).thenComparing(Reminder::id));
		return due;
	}

}
