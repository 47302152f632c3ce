package vn.hoptac.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Slows down password guessing per account name and source address, in the database so that
 * concurrent requests and several instances count together.
 * <p>
 * Every sign-in attempt is counted before its password is checked, by one atomic UPDATE that
 * succeeds only while the source is not being refused; a correct password deletes the count. The
 * first {@value #FREE_ATTEMPTS} attempts in a row pass at once; after them the source is refused
 * for 1 s, then 2 s, 4 s … up to 15 minutes, one doubling per further attempt, and forgiven after
 * a day without attempts. The name is only a key: known and unknown names are counted and answered
 * alike, and another source (the real user elsewhere) is never slowed down by this one.
 */
@Component
public class SignInThrottle {

	static final int FREE_ATTEMPTS = 5;

	static final Duration FIRST_DELAY = Duration.ofSeconds(1);

	static final Duration MAX_DELAY = Duration.ofMinutes(15);

	static final Duration FORGET_AFTER = Duration.ofDays(1);

	/** Doublings after which the delay is surely capped (2^20 s > 15 min); keeps POWER in range. */
	private static final int MAX_DOUBLINGS = 20;

	private static final int ACCOUNT_KEY_LENGTH = 100;

	private static final int SOURCE_LENGTH = 64;

	/** Counts one more attempt unless the source is being refused; the delay curve in one place. */
	private static final String COUNT_ATTEMPT = """
			update sign_in_throttle
			   set attempts = attempts + 1,
			       last_attempt_at = ?,
			       refused_until = case when attempts + 1 >= %d
			           then ? + cast(least(%d, %d * power(2, least(attempts + 1 - %d, %d))) as bigint)
			           else refused_until end
			 where account_key = ? and source = ? and refused_until <= ?"""
		.formatted(FREE_ATTEMPTS, MAX_DELAY.toMillis(), FIRST_DELAY.toMillis(), FREE_ATTEMPTS, MAX_DOUBLINGS);

	private final JdbcTemplate jdbc;

	private final TransactionTemplate ownTransaction;

	private final Clock clock;

	SignInThrottle(JdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock) {
		this.jdbc = jdbc;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.clock = clock;
	}

	/**
	 * Counts an attempt to sign in as {@code account} from {@code source}, if the source may try
	 * now. Empty when the attempt was counted and its password may be checked; otherwise how long
	 * the source must still wait (nothing was counted).
	 */
	public Optional<Duration> countAttempt(String account, String source) {
		String key = key(account);
		String from = source(source);
		long now = clock.millis();
		jdbc.update("delete from sign_in_throttle where account_key = ? and source = ? and last_attempt_at < ?", key,
				from, now - FORGET_AFTER.toMillis());
		if (countIfAllowed(key, from, now) || insertFirst(key, from, now) || countIfAllowed(key, from, now)) {
			return Optional.empty();
		}
		Long refusedUntil = jdbc.query("select refused_until from sign_in_throttle where account_key = ? and source = ?",
				rs -> rs.next() ? rs.getLong(1) : null, key, from);
		return Optional.of(Duration.ofMillis(refusedUntil == null ? 0 : Math.max(refusedUntil - now, 0)));
	}

	/** The right password from this source: its count starts again. Also forgets long-idle counts. */
	public void succeeded(String account, String source) {
		jdbc.update("delete from sign_in_throttle where account_key = ? and source = ?", key(account), source(source));
		jdbc.update("delete from sign_in_throttle where last_attempt_at < ?", clock.millis() - FORGET_AFTER.toMillis());
	}

	/** Forgets the counts of an account from every source (an administrator set a new password). */
	public void forget(String account) {
		jdbc.update("delete from sign_in_throttle where account_key = ?", key(account));
	}

	/** The address a sign-in came from, as Spring Security recorded it for form and HTTP Basic alike. */
	public static String sourceOf(Object authenticationDetails) {
		return authenticationDetails instanceof WebAuthenticationDetails web && web.getRemoteAddress() != null
				? web.getRemoteAddress() : "unknown";
	}

	private boolean countIfAllowed(String key, String source, long now) {
		return jdbc.update(COUNT_ATTEMPT, now, now, key, source, now) == 1;
	}

	/** The first attempt of a pair; false when another request created the row first. */
	private boolean insertFirst(String key, String source, long now) {
		try {
			// Its own transaction: on PostgreSQL a failed statement would spoil an enclosing one.
			ownTransaction.executeWithoutResult(status -> jdbc.update(
					"insert into sign_in_throttle (account_key, source, attempts, last_attempt_at, refused_until) "
							+ "values (?, ?, 1, ?, 0)",
					key, source, now));
			return true;
		}
		catch (DuplicateKeyException ex) {
			return false;
		}
	}

	private static String key(String account) {
		return truncate(account == null ? "" : account, ACCOUNT_KEY_LENGTH);
	}

	private static String source(String source) {
		return truncate(source == null ? "unknown" : source, SOURCE_LENGTH);
	}

	private static String truncate(String text, int length) {
		return text.length() <= length ? text : text.substring(0, length);
	}

}
