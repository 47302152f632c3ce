package vn.hoptac.forums.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.hoptac.forums.Forum;
import vn.hoptac.forums.ForumFollowUp;
import vn.hoptac.forums.ForumService;
import vn.hoptac.shared.Reminder;
import vn.hoptac.shared.ReminderSource;

/** The follow-up actions of forums still open after their due day, under the reader's access. */
@Component
@Transactional(readOnly = true)
class ForumReminders implements ReminderSource {

	static final String FOLLOW_UP_OVERDUE = "forum.followUp.overdue";

	private final ForumService forums;

	ForumReminders(ForumService forums) {
		this.forums = forums;
	}

	@Override
	public List<Reminder> dueFor(LocalDate today, int horizonDays) {
		List<Reminder> due = new ArrayList<>();
		for (Forum forum : forums.withFollowUpOpenBefore(today)) {
			for (ForumFollowUp followUp : forum.getFollowUps()) {
				if (followUp.overdueOn(today)) {
					due.add(new Reminder(FOLLOW_UP_OVERDUE, Reminder.Severity.OVERDUE, followUp.dueOn(),
							ForumService.ENTITY, forum.getId(), forum.getTitle() + " — " + followUp.action(),
							"/forums/" + forum.getId(), forum.getStewardship().provinceId(),
							forum.getStewardship().organisationId()));
				}
			}
		}
		due.sort(Comparator.comparing(Reminder::dueOn).thenComparing(Reminder::id));
		return due;
	}

}
