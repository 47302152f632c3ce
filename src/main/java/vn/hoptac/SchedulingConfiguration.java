package vn.hoptac;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Scheduled jobs run once across instances: every instance schedules them, and a job annotated with
 * {@code @SchedulerLock} runs only where it takes its row in the {@code shedlock} table
 * (V10__shedlock.sql). Lock times come from the database's clock, so instances whose clocks differ
 * still agree on when a lock ends. Application-wide, like the application class: any module's job uses it.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableSchedulerLock(defaultLockAtMostFor = "PT10M")
class SchedulingConfiguration {

	static final String LOCK_TABLE = "shedlock";

	@Bean
	LockProvider lockProvider(DataSource dataSource) {
		return databaseLocks(dataSource);
	}

	/** Locks shared by every instance on this database. */
	public static LockProvider databaseLocks(DataSource dataSource) {
		return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
			.withJdbcTemplate(new JdbcTemplate(dataSource))
			.withTableName(LOCK_TABLE)
			.usingDbTime()
			.build());
	}

}
