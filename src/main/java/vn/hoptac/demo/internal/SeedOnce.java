package vn.hoptac.demo.internal;

import java.sql.Timestamp;
import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.hoptac.demo.DemoMode;
import vn.hoptac.shared.Access;

/**
 * Loads a seed file once per database: only in demo mode, in one transaction, with the system's
 * rights, and marked in {@code demo_seed} under the file's name. Each seed file has its own marker,
 * so a database that already holds the older files gets a newer one on its next start.
 */
@Component
class SeedOnce {

	private static final Logger log = LoggerFactory.getLogger(SeedOnce.class);

	private final DemoMode demoMode;

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	private final Clock clock;

	SeedOnce(DemoMode demoMode, JdbcClient jdbc, TransactionTemplate transaction, Clock clock) {
		this.demoMode = demoMode;
		this.jdbc = jdbc;
		this.transaction = transaction;
		this.clock = clock;
	}

	/** Runs {@code load} unless the marker {@code name} exists; true when it ran. */
	boolean run(String name, Runnable load) {
		if (!demoMode.isEnabled()) {
			return false;
		}
		return Boolean.TRUE.equals(Access.asSystem(() -> transaction.execute(status -> {
			if (loaded(name)) {
				return false;
			}
			load.run();
			jdbc.sql("insert into demo_seed (name, applied_at) values (?, ?)")
				.params(name, Timestamp.from(clock.instant()))
				.update();
			log.info("Demo seed {} loaded", name);
			return true;
		})));
	}

	boolean loaded(String name) {
		return jdbc.sql("select count(*) from demo_seed where name = ?").param(name).query(Long.class).single() > 0;
	}

}
