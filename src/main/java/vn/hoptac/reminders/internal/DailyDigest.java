package vn.hoptac.reminders.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.hoptac.identity.User;
import vn.hoptac.identity.UserService;
import vn.hoptac.reminders.OutboxMessage;
import vn.hoptac.reminders.ReminderService;
import vn.hoptac.shared.Access;
import vn.hoptac.shared.Reminder;

/**
 * The daily digest: each morning (Vietnam time), for every provincial user with an address who
 * wants it, the reminders they are responsible for, computed with that user's rights, are written
 * to the outbox, one message per user and day (a rerun adds nothing), then every message not yet
 * sent is sent if SMTP is configured. A failed message keeps its attempts and last error and is
 * retried by the next run, up to {@value #MAX_ATTEMPTS} attempts. Every instance schedules the job;
 * the shared lock lets one run it.
 */
@Component
public class DailyDigest {

	public static final String LOCK = "reminder-digest";

	static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	static final int MAX_ATTEMPTS = 5;

	private static final Logger log = LoggerFactory.getLogger(DailyDigest.class);

	private final UserService users;

	private final ReminderService reminders;

	private final DigestComposer composer;

	private final DigestMailer mailer;

	private final OutboxRepository outbox;

	private final TransactionTemplate transactions;

	private final Clock clock;

	DailyDigest(UserService users, ReminderService reminders, DigestComposer composer, DigestMailer mailer,
			OutboxRepository outbox, TransactionTemplate transactions, Clock clock) {
		this.users = users;
		this.reminders = reminders;
		this.composer = composer;
		this.mailer = mailer;
		this.outbox = outbox;
		this.transactions = transactions;
		this.clock = clock;
	}

	/** What a run did: digests written to the outbox, and messages sent. */
	public record Run(int written, int sent) {
	}

	@Scheduled(cron = "${hoptac.reminders.digest-cron:0 0 6 * * *}", zone = "Asia/Ho_Chi_Minh")
	@SchedulerLock(name = LOCK, lockAtLeastFor = "PT5M", lockAtMostFor = "PT30M")
	public void runDaily() {
		Run run = run(LocalDate.now(clock.withZone(VIETNAM)));
		log.info("Reminder digest: {} written, {} sent", run.written(), run.sent());
	}

	/** The digest of the day (called by the schedule, under its lock). */
	public Run run(LocalDate today) {
		int written = 0;
		for (User user : users.digestRecipients()) {
			if (!outbox.existsByUserIdAndDigestOn(user.getId(), today) && write(user, today)) {
				written++;
			}
		}
		return new Run(written, sendPending());
	}

	private boolean write(User user, LocalDate today) {
		int horizon = ReminderService.DEFAULT_HORIZON_DAYS;
		List<Reminder> due = Access.as(user.actor(), () -> reminders.forCurrentUser(today, horizon, null));
		if (due.isEmpty()) {
			return false; // nothing to do: no mail
		}
		DigestComposer.Digest digest = composer.compose(user, due, today, horizon);
		try {
			transactions.executeWithoutResult(status -> outbox.saveAndFlush(new OutboxMessage(user.getId(), today,
					user.getEmail(), digest.language(), digest.subject(), digest.body(), clock.instant())));
			return true;
		}
		catch (DataIntegrityViolationException alreadyWritten) {
			return false; // another run wrote the day's digest first
		}
	}

	/** Sends what waits in the outbox, if SMTP is configured; each message in a transaction of its own. */
	private int sendPending() {
		if (!mailer.configured()) {
			return 0;
		}
		int sent = 0;
		for (OutboxMessage pending : outbox.findBySentAtIsNullAndAttemptsLessThanOrderById(MAX_ATTEMPTS)) {
			try {
				mailer.send(pending);
				pending.sent(clock.instant());
				sent++;
			}
			catch (Exception ex) {
				log.warn("Reminder digest {} to {} not sent: {}", pending.getId(), pending.getEmail(), ex.toString());
				pending.failed(ex.getMessage());
			}
			transactions.executeWithoutResult(status -> outbox.save(pending));
		}
		return sent;
	}

}
