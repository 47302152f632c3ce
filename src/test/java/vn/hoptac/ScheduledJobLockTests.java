package vn.hoptac;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

import vn.hoptac.identity.internal.ExpiredSessionCleanup;

/**
 * Scheduled jobs run once across instances: each instance's scheduler fires, and only the one that
 * takes the job's row in the shared {@code shedlock} table runs it.
 */
@ApiTest
class ScheduledJobLockTests {

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	JdbcIndexedSessionRepository sessions;

	@Autowired
	ExpiredSessionCleanup cleanup;

	@Test
	void twoSchedulersCompetingForTheSameLockRunTheJobOnce() throws Exception {
		LockConfiguration job = new LockConfiguration(Instant.now(), "race-" + UUID.randomUUID(), Duration.ofMinutes(1),
				Duration.ofSeconds(10));
		AtomicInteger fired = new AtomicInteger();
		AtomicInteger ran = new AtomicInteger();
		CountDownLatch bothFired = new CountDownLatch(2);
		Instant sameMoment = Instant.now().plusMillis(500);
		List<ThreadPoolTaskScheduler> instances = List.of(scheduler("a-"), scheduler("b-"));
		try {
			for (ThreadPoolTaskScheduler instance : instances) {
				// Each instance has its own lock provider (its own view of the table), as two processes would.
				var executor = new DefaultLockingTaskExecutor(SchedulingConfiguration.databaseLocks(dataSource));
				instance.schedule(() -> {
					fired.incrementAndGet();
					executor.executeWithLock((Runnable) () -> {
						ran.incrementAndGet();
						pause(Duration.ofMillis(300));
					}, job);
					bothFired.countDown();
				}, sameMoment);
			}
			assertThat(bothFired.await(30, TimeUnit.SECONDS)).isTrue();
		}
		finally {
			instances.forEach(ThreadPoolTaskScheduler::shutdown);
		}
		assertThat(fired).hasValue(2);
		assertThat(ran).as("runs of the job across both instances").hasValue(1);
		assertThat(jdbc.queryForObject("select count(*) from shedlock where name = ?", Integer.class, job.getName()))
			.isOne();
	}

	@Test
	void theExpiredSessionCleanupRunsOnlyWhereItHoldsTheSharedLock() {
		String expired = expiredSession();
		LockProvider otherInstance = SchedulingConfiguration.databaseLocks(dataSource);
		SimpleLock held = takeWithin(otherInstance, Duration.ofSeconds(45));
		try {
			cleanup.deleteExpiredSessions();
			assertThat(sessionRows(expired)).as("skipped while another instance holds the lock").isOne();
		}
		finally {
			held.unlock();
		}
		cleanup.deleteExpiredSessions();
		assertThat(sessionRows(expired)).as("deleted once the lock is free").isZero();
	}

	/** Waits out a lock this instance's own scheduled run may hold (it keeps it at least 30 s). */
	private static SimpleLock takeWithin(LockProvider locks, Duration patience) {
		Instant giveUp = Instant.now().plus(patience);
		while (true) {
			Optional<SimpleLock> lock = locks.lock(new LockConfiguration(Instant.now(), ExpiredSessionCleanup.LOCK,
					Duration.ofMinutes(1), Duration.ZERO));
			if (lock.isPresent()) {
				return lock.get();
			}
			if (Instant.now().isAfter(giveUp)) {
				throw new IllegalStateException("The cleanup lock stayed taken");
			}
			pause(Duration.ofSeconds(1));
		}
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private String expiredSession() {
		SessionRepository<Session> repository = (SessionRepository) sessions;
		Session session = repository.createSession();
		session.setMaxInactiveInterval(Duration.ofMinutes(30));
		session.setLastAccessedTime(Instant.now().minus(Duration.ofHours(1)));
		repository.save(session);
		assertThat(sessionRows(session.getId())).isOne();
		return session.getId();
	}

	private int sessionRows(String id) {
		return jdbc.queryForObject("select count(*) from spring_session where session_id = ?", Integer.class, id);
	}

	private static ThreadPoolTaskScheduler scheduler(String name) {
		ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();
		scheduler.setThreadNamePrefix(name);
		scheduler.initialize();
		return scheduler;
	}

	private static void pause(Duration duration) {
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
