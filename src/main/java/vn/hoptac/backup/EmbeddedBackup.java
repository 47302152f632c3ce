package vn.hoptac.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Stream;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Online backup of the embedded H2 database: {@code BACKUP TO} a zip in {@code <data-dir>/backups},
 * a consistent copy taken while the application keeps serving. Runs on {@code hoptac.backup.cron}
 * (off unless set) and keeps the newest {@code hoptac.backup.keep} zips. Restoring is unzipping one
 * into an empty data directory. Does nothing on another database.
 */
@Component
public class EmbeddedBackup {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedBackup.class);

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

	private final JdbcTemplate jdbc;

	private final boolean embedded;

	private final Path directory;

	private final int keep;

	private final Clock clock;

	EmbeddedBackup(JdbcTemplate jdbc, @Value("${spring.datasource.url:}") String url,
			@Value("${hoptac.data-dir}") Path dataDir, @Value("${hoptac.backup.keep:7}") int keep) {
		this.jdbc = jdbc;
		this.embedded = url.startsWith("jdbc:h2:file:");
		this.directory = dataDir.resolve("backups");
		this.keep = Math.max(1, keep);
		this.clock = Clock.systemUTC();
	}

	@Scheduled(cron = "${hoptac.backup.cron:-}", zone = "UTC")
	@SchedulerLock(name = "embedded-backup")
	void onSchedule() {
		if (!embedded) {
			log.warn("hoptac.backup.cron is set but the database is not the embedded one: back it up with its own tools");
			return;
		}
		log.info("Backed up the embedded database to {}", backUp());
	}

	/** Writes a new backup zip and removes the oldest beyond {@code keep}; returns the new zip. */
	public Path backUp() {
		if (!embedded) {
			throw new IllegalStateException("Only the embedded database is backed up by the application");
		}
		try {
			Files.createDirectories(directory);
			Path zip = directory.resolve("hoptac-" + LocalDateTime.now(clock).format(STAMP) + ".zip").toAbsolutePath();
			jdbc.execute("BACKUP TO '" + zip.toString().replace("'", "''") + "'");
			removeOldest();
			return zip;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private void removeOldest() throws IOException {
		List<Path> zips;
		try (Stream<Path> files = Files.list(directory)) {
			zips = files.filter(file -> file.getFileName().toString().matches("hoptac-\\d{8}-\\d{6}\\.zip"))
				.sorted()
				.toList();
		}
		for (Path old : zips.subList(0, Math.max(0, zips.size() - keep))) {
			Files.delete(old);
		}
	}

}
