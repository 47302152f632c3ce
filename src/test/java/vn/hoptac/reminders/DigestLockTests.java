package vn.hoptac.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.test.web.servlet.MockMvc;

import vn.hoptac.Api;
import vn.hoptac.ApiTest;
import vn.hoptac.identity.User;
import vn.hoptac.identity.UserService;
import vn.hoptac.reminders.internal.DailyDigest;

/**
 * The digest runs once across instances: two schedulers fire the scheduled job at the same moment,
 * and only the one that takes the shared {@code shedlock} row computes anybody's reminders.
 */
@ApiTest
@Import(TestReminderSource.class)
class DigestLockTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	DailyDigest digest;

	@Autowired
	UserService users;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestReminderSource.Counting source;

	@Autowired
	Clock clock;

	@Test
	void twoSchedulersFiringTogetherRunTheDigestOnce() throws Exception {
		// nothing is due for them: no digest is written, so each run asks for their reminders anew
		User officer = new DigestRecipients(new Api(mvc).as("admin"), users).focalWithNothingDue();
		// a run of an earlier build on this database keeps the lock at least five minutes
		jdbc.update("delete from shedlock where name = ?", DailyDigest.LOCK);

		CountDownLatch bothFired = new CountDownLatch(2);
		Instant sameMoment = Instant.now().plusMillis(500);
		List<ThreadPoolTaskScheduler> instances = List.of(scheduler("a-"), scheduler("b-"));
		try {
			for (ThreadPoolTaskScheduler instance : instances) {
				instance.schedule(() -> {
					try {
						digest.runDaily();
					}
					finally {
						bothFired.countDown();
					}
				}, sameMoment);
			}
			assertThat(bothFired.await(60, TimeUnit.SECONDS)).isTrue();
		}
		finally {
			instances.forEach(ThreadPoolTaskScheduler::shutdown);
		}
		assertThat(source.askedFor(officer.getUsername())).as("the officer's reminders, computed by one run")
			.isOne();
		assertThat(jdbc.queryForObject("select count(*) from shedlock where name = ?", Integer.class,
				DailyDigest.LOCK)).isOne();

		digest.runDaily();
		assertThat(source.askedFor(officer.getUsername())).as("skipped while the lock lasts its five minutes")
			.isOne();
		digest.run(LocalDate.now(clock));
		assertThat(source.askedFor(officer.getUsername())).as("a run without the lock asks again").isEqualTo(2);
	}

	private static ThreadPoolTaskScheduler scheduler(String name) {
		ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();
		scheduler.setThreadNamePrefix(name);
		scheduler.initialize();
		return scheduler;
	}

}
