package vn.hoptac.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
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
 * succeeds only while the source is not being refused; a correct password resets the count. The
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

	/** The attempts of a pair after this one: the count goes on, or starts again after a quiet day. */
	private static final String NEXT_COUNT = "(case when last_attempt_at < :forgetBefore then 1 else attempts + 1 end)";

	/** Counts one more attempt unless the source is being refused; the delay curve in one place. */
	private static final String COUNT_ATTEMPT = """
			update sign_in_throttle
			   set attempts = %1$s,
			       last_attempt_at = :now,
			       refused_until = case when %1$s >= %2$d
			           then :now + cast(least(%3$d, %4$d * power(2, least(%1$s - %2$d, %5$d))) as bigint)
			           else 0 end
			 where account_key = :key and source = :source and refused_until <= :now"""
		.formatted(NEXT_COUNT, FREE_ATTEMPTS, MAX_DELAY.toMillis(), FIRST_DELAY.toMillis(), MAX_DOUBLINGS);

	private final NamedParameterJdbcTemplate jdbc;

	private final TransactionTemplate ownTransaction;

	private final Clock clock;

	SignInThrottle(NamedParameterJdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock) {
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
		var pair = pair(account, source);
		if (countIfAllowed(pair) || insertFirst(pair) || countIfAllowed(pair)) {
			return Optional.empty();
		}
		Long refusedUntil = jdbc.query(
				"select refused_until from sign_in_throttle where account_key = :key and source = :source", pair,
				rs -> rs.next() ? rs.getLong(1) : null);
		long now = (long) pair.getValue("now");
		return Optional.of(Duration.ofMillis(refusedUntil == null ? 0 : Math.max(refusedUntil - now, 0)));
	}

	/**
	 * The right password from this source: its count starts again. The row stays (an update, not
	 * a delete and an insert on every sign-in of an API client) until a quiet day lets it go.
	 */
	public void succeeded(String account, String source) {
		jdbc.update("update sign_in_throttle set attempts = 0, refused_until = 0 "
				+ "where account_key = :key and source = :source", pair(account, source));
	}

	/** Forgets the counts of an account from every source (an administrator set a new password). */
	public void forget(String account) {
		jdbc.update("delete from sign_in_throttle where account_key = :key",
				new MapSqlParameterSource("key", key(account)));
	}

	/** The address a sign-in came from, as Spring Security recorded it for form and HTTP Basic alike. */
	public static String sourceOf(Object authenticationDetails) {
		return authenticationDetails instanceof WebAuthenticationDetails web && web.getRemoteAddress() != null
				? web.getRemoteAddress() : "unknown";
	}

	private MapSqlParameterSource pair(String account, String source) {
		long now = clock.millis();
		return new MapSqlParameterSource().addValue("key", key(account))
			.addValue("source", source(source))
			.addValue("now", now)
			.addValue("forgetBefore", now - FORGET_AFTER.toMillis());
	}

	private boolean countIfAllowed(MapSqlParameterSource pair) {
		return jdbc.update(COUNT_ATTEMPT, pair) == 1;
	}

	/**
	 * The first attempt of a pair (rows of pairs quiet for a day go first); false when another
	 * request created the row in the meantime.
	 */
	private boolean insertFirst(MapSqlParameterSource pair) {
		jdbc.update("delete from sign_in_throttle where last_attempt_at < :forgetBefore", pair);
		try {
			// Its own transaction: on PostgreSQL a failed statement would spoil an enclosing one.
			ownTransaction.executeWithoutResult(status -> jdbc.update(
					"insert into sign_in_throttle (account_key, source, attempts, last_attempt_at, refused_until) "
							+ "values (:key, :source, 1, :now, 0)",
					pair));
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
