package vn.hoptac.feedback;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * How often one client may submit feedback: at most {@code max} submissions per client and fixed
 * time window, counted in the database ({@code feedback_rate_limit}) so that every instance
 * shares the count; nothing is counted in memory. The client's address is kept only as a salted
 * hash, for the length of a window (older windows are deleted as new ones start). The address is the
 * request's as Spring resolves it: behind a reverse proxy, {@code server.forward-headers-strategy}
 * makes it the client's instead of the proxy's. The salt is {@code hoptac.feedback.rate-limit.salt}
 * when set; otherwise a random one, made by the first instance and kept in the database
 * ({@code app_secret}) so that every instance hashes alike and no salt is known from the source.
 */
@Component
public class SubmissionLimit {

	private static final String COUNT = """
			update feedback_rate_limit set submissions = submissions + 1
			 where client_key = :key and window_start = :window and submissions < :max""";

	private final NamedParameterJdbcTemplate jdbc;

	private final TransactionTemplate ownTransaction;

	private final Clock clock;

	private final int max;

	private final long windowMillis;

	/** The salt set in the configuration, or the stored one once read. */
	private volatile String salt;

	static final String SALT_NAME = "feedback.rate-limit.salt";

	SubmissionLimit(NamedParameterJdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock,
			@Value("${hoptac.feedback.rate-limit.max:5}") int max,
			@Value("${hoptac.feedback.rate-limit.window:10m}") Duration window,
			@Value("${hoptac.feedback.rate-limit.salt:}") String salt) {
		this.jdbc = jdbc;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.clock = clock;
		this.max = max;
		this.windowMillis = window.toMillis();
		this.salt = salt == null || salt.isBlank() ? null : salt;
	}

	/**
	 * Counts one submission of the client, or refuses it ({@link SubmissionsLimitedException}, with
	 * the seconds until the window ends) when the client has used up the window. Counted in its own
	 * transaction: a refused or failed submission still counts, as a flood's would.
	 */
	public void count(String clientAddress) {
		long now = clock.millis();
		long window = now - Math.floorMod(now, windowMillis);
		var params = new MapSqlParameterSource().addValue("key", key(clientAddress))
			.addValue("window", window)
			.addValue("max", max);
		boolean counted = Boolean.TRUE.equals(ownTransaction.execute(status -> jdbc.update(COUNT, params) == 1
				|| insertFirst(params) || jdbc.update(COUNT, params) == 1));
		if (!counted) {
			throw new SubmissionsLimitedException(Math.max(1, (window + windowMillis - now + 999) / 1000));
		}
	}

	/** The client's first submission in the window; false when it already has a row (or max is 0). */
	private boolean insertFirst(MapSqlParameterSource params) {
		if (max < 1) {
			return false;
		}
		jdbc.update("delete from feedback_rate_limit where window_start < :window", params);
		try {
			// Its own transaction: on PostgreSQL a failed statement would spoil the enclosing one.
			ownTransaction.executeWithoutResult(status -> jdbc.update(
					"insert into feedback_rate_limit (client_key, window_start, submissions) values (:key, :window, 1)",
					params));
			return true;
		}
		catch (DuplicateKeyException ex) {
			return false;
		}
	}

	private String salt() {
		String known = salt;
		if (known == null) {
			known = storedSalt();
			salt = known;
		}
		return known;
	}

	/** The salt kept in the database, made (32 random bytes) by whichever instance asks first. */
	private String storedSalt() {
		byte[] random = new byte[32];
		new SecureRandom().nextBytes(random);
		var params = new MapSqlParameterSource("name", SALT_NAME).addValue("secret", HexFormat.of().formatHex(random));
		try {
			ownTransaction.executeWithoutResult(status -> jdbc.update("""
					insert into app_secret (name, secret) select :name, :secret
					 where not exists (select 1 from app_secret where name = :name)""", params));
		}
		catch (DuplicateKeyException ex) {
			// another instance stored it at the same moment: its salt is the one read below
		}
		return jdbc.queryForObject("select secret from app_secret where name = :name", params, String.class);
	}

	private String key(String clientAddress) {
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256")
				.digest((salt() + "|" + (clientAddress == null ? "unknown" : clientAddress))
					.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(hash);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
