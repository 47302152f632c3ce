package vn.hoptac.agreements.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.JavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

import vn.hoptac.shared.Text;

/**
 * Agreements' search text used to hold copies of their parties' names, which went stale when a
 * party was renamed; lists now find parties by their current names, so it is reduced to the
 * agreement's own title and summary.
 */
@Component
class AgreementOwnSearchText implements JavaMigration {

	@Override
	public MigrationVersion getVersion() {
		return MigrationVersion.fromVersion("8.2");
	}

	@Override
	public String getDescription() {
		return "agreement own search text";
	}

	@Override
	public Integer getChecksum() {
		return null;
	}

	@Override
	public boolean canExecuteInTransaction() {
		return true;
	}

	@Override
	public void migrate(Context context) throws Exception {
		try (Statement select = context.getConnection().createStatement();
				ResultSet rows = select.executeQuery("select id, title, summary from agreement");
				PreparedStatement update = context.getConnection()
					.prepareStatement("update agreement set search_text = ? where id = ?")) {
			while (rows.next()) {
				update.setString(1, Text.searchText(rows.getString("title"), rows.getString("summary")));
				update.setLong(2, rows.getLong("id"));
				update.addBatch();
			}
			update.executeBatch();
		}
	}

}
