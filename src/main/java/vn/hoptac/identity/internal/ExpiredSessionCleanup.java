package vn.hoptac.identity.internal;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.stereotype.Component;

/**
 * Deletes the sessions that have expired from the database. Spring Session's own timer would run
 * the same delete on every instance at once (its {@code cleanup-cron} is switched off); this job
 * runs on one instance at a time, under a lock all instances share.
 */
@Component
public class ExpiredSessionCleanup {

	public static final String LOCK = "expired-session-cleanup";

	private final JdbcIndexedSessionRepository sessions;

	ExpiredSessionCleanup(JdbcIndexedSessionRepository sessions) {
		this.sessions = sessions;
	}

	@Scheduled(cron = "${hoptac.sessions.cleanup-cron}")
	@SchedulerLock(name = LOCK, lockAtLeastFor = "PT30S", lockAtMostFor = "PT5M")
	public void deleteExpiredSessions() {
		sessions.cleanUpExpiredSessions();
	}

}
