package vn.hoptac.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;

/**
 * The embedded database's online backup, taken while the application runs, restores into a fresh data
 * directory with every table identical, record for record.
 */
@SpringBootTest
class EmbeddedBackupTests {

	private static final Path DATA_DIR = createDataDir();

	@DynamicPropertySource
	static void fileDatabase(DynamicPropertyRegistry registry) {
		registry.add("hoptac.data-dir", DATA_DIR::toString);
		registry.add("spring.datasource.url",
				() -> "jdbc:h2:file:" + DATA_DIR.resolve("hoptac") + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0");
	}

	@Autowired
	EmbeddedBackup backup;

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void onlineBackupRestoresIntoAFreshDataDirectoryRecordForRecord() throws Exception {
		jdbc.update("""
				insert into audit_event (occurred_at, username, action, entity, entity_id, summary)
				values (current_timestamp, 'tester', 'CREATED', 'agreement', 1, 'just before the backup')""");
		Path zip = backup.backUp();
		Map<String, TableDigests.Digest> live;
		try (Connection connection = dataSource.getConnection()) {
			live = TableDigests.of(connection);
		}

		Path restored = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "backup-restored-")
			.toAbsolutePath();
		unzip(zip, restored);
		Map<String, TableDigests.Digest> copy;
		try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + restored.resolve("hoptac"), "sa", "")) {
			copy = TableDigests.of(connection);
		}

		assertThat(zip.getParent()).isEqualTo(DATA_DIR.resolve("backups").toAbsolutePath());
		assertThat(live).containsKeys("audit_event", "agreement", "partnership", "organisation", "locality",
				"app_user", "flyway_schema_history");
		assertThat(live.get("agreement").rows()).isPositive();
		assertThat(copy).isEqualTo(live);
		FileSystemUtils.deleteRecursively(restored);
	}

	private static void unzip(Path zip, Path into) throws Exception {
		try (InputStream in = Files.newInputStream(zip); ZipInputStream entries = new ZipInputStream(in)) {
			for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
				Path file = into.resolve(entry.getName()).normalize();
				assertThat(file).startsWithRaw(into);
				Files.copy(entries, file);
			}
		}
	}

	private static Path createDataDir() {
		try {
			// under target/, which a clean build removes: the running context keeps the database open
			return Files.createTempDirectory(Files.createDirectories(Path.of("target")), "backup-data-").toAbsolutePath();
		}
		catch (java.io.IOException e) {
			throw new IllegalStateException(e);
		}
	}

}
