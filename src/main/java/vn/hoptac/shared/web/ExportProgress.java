package vn.hoptac.shared.web;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * How many rows a list export has written, kept in the database under the token the export's page
 * chose, so that the page's polls (answered by any instance) can show it. Each step is written in a
 * transaction of its own: the export reads in a long read-only one, and a poll must see the count
 * before the export ends.
 */
@Component
class ExportProgress {

	/** Rows between two writes of the count: a few writes a second on a large export. */
	static final int STEP = 1000;

	/** A random UUID, as the page makes them; anything else is ignored (no progress is kept). */
	private static final Pattern TOKEN = Pattern
		.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

	private static final Duration KEPT = Duration.ofDays(1);

	/** The count of an export as a poll sees it. */
	record State(long rows, boolean finished) {
	}

	private final JdbcClient jdbc;

	private final TransactionTemplate ownTransaction;

	private final Clock clock;

	ExportProgress(JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock) {
		this.jdbc = jdbc;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.clock = clock;
	}

	static boolean isToken(String token) {
		return token != null && TOKEN.matcher(token).matches();
	}

	/** Starts the count of an export (and forgets those of a day ago). */
	void start(String token) {
		ownTransaction.executeWithoutResult(status -> {
			jdbc.sql("delete from export_progress where updated_at < ?")
				.param(Timestamp.from(clock.instant().minus(KEPT)))
				.update();
			jdbc.sql("delete from export_progress where token = ?").param(token).update();
			jdbc.sql("insert into export_progress (token, rows_written, finished, updated_at) values (?, 0, false, ?)")
				.params(token, now())
				.update();
		});
	}

	void advance(String token, long rows, boolean finished) {
		ownTransaction.executeWithoutResult(status -> jdbc
			.sql("update export_progress set rows_written = ?, finished = ?, updated_at = ? where token = ?")
			.params(rows, finished, now(), token)
			.update());
	}

	Optional<State> of(String token) {
		if (!isToken(token)) {
			return Optional.empty();
		}
		return jdbc.sql("select rows_written, finished from export_progress where token = ?")
			.param(token)
			.query((rs, n) -> new State(rs.getLong(1), rs.getBoolean(2)))
			.optional();
	}

	private Timestamp now() {
		return Timestamp.from(clock.instant());
	}

}
