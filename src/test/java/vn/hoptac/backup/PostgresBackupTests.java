package vn.hoptac.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.hoptac.ApiTest;

/**
 * PostgreSQL's backup as the README describes it: {@code pg_dump -Fc} of the application's database,
 * {@code pg_restore} into a fresh database, every table identical record for record. Runs where the
 * database tests run on PostgreSQL and {@code pg_dump}/{@code pg_restore} are installed; the test
 * creates and drops its own database, so the role needs CREATEDB ({@code .ci/run} grants it).
 */
@ApiTest
class PostgresBackupTests {

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcTemplate jdbc;

	@Value("${spring.datasource.url}")
	String url;

	@Value("${spring.datasource.username}")
	String username;

	@Value("${spring.datasource.password}")
	String password;

	@Test
	void dumpRestoresIntoAFreshDatabaseRecordForRecord() throws Exception {
		assumeTrue(url.startsWith("jdbc:postgresql://"), "runs on PostgreSQL only");
		assumeTrue(onPath("pg_dump") && onPath("pg_restore"), "needs pg_dump and pg_restore");
		jdbc.update("""
				insert into audit_event (occurred_at, username, action, entity, entity_id, summary)
				values (current_timestamp, 'tester', 'CREATED', 'agreement', 1, 'just before the dump')""");
		Path dump = Files.createTempFile("hoptac-", ".dump");
		String fresh = "hoptac_restore_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
		try {
			run("pg_dump", "-Fc", "--file", dump.toString(), "--dbname", libpq(databaseUrl()));
			Map<String, TableDigests.Digest> live;
			try (Connection connection = dataSource.getConnection()) {
				live = TableDigests.of(connection);
			}
			jdbc.execute("create database " + fresh);
			run("pg_restore", "--no-owner", "--exit-on-error", "--dbname", libpq(sibling(fresh)), dump.toString());
			Map<String, TableDigests.Digest> copy;
			try (Connection connection = DriverManager.getConnection("jdbc:" + sibling(fresh), username, password)) {
				copy = TableDigests.of(connection);
			}

			assertThat(live).containsKeys("audit_event", "agreement", "partnership", "organisation", "locality",
					"app_user", "flyway_schema_history");
			assertThat(live.get("agreement").rows()).isPositive();
			assertThat(copy).isEqualTo(live);
		}
		finally {
			dropWhenFree(fresh);
			Files.deleteIfExists(dump);
		}
	}

	/**
	 * Drops the restored database once nobody uses it. Not {@code WITH (FORCE)}: an autovacuum worker
	 * that visits the fresh database belongs to another role, whose process the test role may not end.
	 */
	private void dropWhenFree(String database) throws InterruptedException {
		for (int attempt = 1;; attempt++) {
			try {
				jdbc.execute("drop database if exists " + database);
				return;
			}
			catch (org.springframework.dao.DataAccessException inUse) {
				if (attempt == 30) {
					throw inUse;
				}
				Thread.sleep(1000);
			}
		}
	}

	/** {@code postgresql://host:port/database} of the JDBC URL, without its parameters. */
	private String databaseUrl() {
		String withoutPrefix = url.substring("jdbc:".length());
		int parameters = withoutPrefix.indexOf('?');
		return parameters < 0 ? withoutPrefix : withoutPrefix.substring(0, parameters);
	}

	/** Another database on the same server. */
	private String sibling(String database) {
		String current = databaseUrl();
		return current.substring(0, current.lastIndexOf('/') + 1) + database;
	}

	private String libpq(String databaseUrl) {
		return databaseUrl.replaceFirst("^postgresql://", "postgresql://" + username + "@");
	}

	private void run(String... command) throws Exception {
		List<String> line = new ArrayList<>(List.of(command));
		ProcessBuilder builder = new ProcessBuilder(line).redirectErrorStream(true);
		builder.environment().put("PGPASSWORD", password);
		Process process = builder.start();
		String output = new String(process.getInputStream().readAllBytes());
		assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
		assertThat(process.exitValue()).as("%s: %s", command[0], output).isZero();
	}

	private static boolean onPath(String program) {
		for (String directory : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
			if (Files.isExecutable(Path.of(directory, program))) {
				return true;
			}
		}
		return false;
	}

}
