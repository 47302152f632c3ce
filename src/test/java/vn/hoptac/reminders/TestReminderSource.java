package vn.hoptac.reminders;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

import vn.hoptac.shared.Access;
import vn.hoptac.shared.Actor;
import vn.hoptac.shared.Reminder;
import vn.hoptac.shared.ReminderSource;

/**
 * A module the reminders know nothing of, as the delegations and NGOs modules will be: it reports
 * one overdue follow-up in the reader's own province, and counts whom it was asked for.
 */
@TestConfiguration(proxyBeanMethods = false)
class TestReminderSource {

	static final String KIND = "test.follow-up.overdue";

	static final String TITLE = "Việc tiếp theo của nguồn kiểm thử";

	@Bean
	Counting testReminderSource() {
		return new Counting();
	}

	static class Counting implements ReminderSource {

		final Map<String, AtomicInteger> askedFor = new ConcurrentHashMap<>();

		@Override
		public List<Reminder> dueFor(LocalDate today, int horizonDays) {
			Actor actor = Access.required();
			askedFor.computeIfAbsent(actor.username(), name -> new AtomicInteger()).incrementAndGet();
			if (actor.provinceId() == null) {
				return List.of();
			}
			return List.of(new Reminder(KIND, Reminder.Severity.OVERDUE, today.minusDays(2), "follow-up", 7, TITLE,
					"/follow-ups/7", actor.provinceId(), null));
		}

		int askedFor(String username) {
			AtomicInteger count = askedFor.get(username);
			return count == null ? 0 : count.get();
		}

	}

}
