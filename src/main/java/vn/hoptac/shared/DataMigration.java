package vn.hoptac.shared;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * A Flyway migration written in Java because it needs what SQL cannot do alike on every database
 * (fold text as {@link Text} does, read a reference file). Modules declare one as a bean; Spring
 * Boot hands it to Flyway. Runs in Flyway's transaction.
 */
public abstract class DataMigration implements JavaMigration {

	private final String version;

	private final String description;

	protected DataMigration(String version, String description) {
		this.version = version;
		this.description = description;
	}

	@Override
	public MigrationVersion getVersion() {
		return MigrationVersion.fromVersion(version);
	}

	@Override
	public String getDescription() {
		return description;
	}

	/** No checksum: what the migration derives follows the code, not a script that could be edited. */
	@Override
	public Integer getChecksum() {
		return null;
	}

	@Override
	public boolean canExecuteInTransaction() {
		return true;
	}

}
