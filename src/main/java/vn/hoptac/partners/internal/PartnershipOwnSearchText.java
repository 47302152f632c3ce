package vn.hoptac.partners.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.JavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

import vn.hoptac.shared.Text;

/**
 * Partnerships' search text used to hold copies of their parties' names, which went stale when a
 * party was renamed; lists now find parties by their current names, so it is reduced to the
 * partnership's own title and description.
 */
@Component
class PartnershipOwnSearchText implements JavaMigration {

	@Override
	public MigrationVersion getVersion() {
		return MigrationVersion.fromVersion("8.1");
	}

	@Override
	public String getDescription() {
		return "partnership own search text";
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
				ResultSet rows = select.executeQuery("select id, title, description from partnership");
				PreparedStatement update = context.getConnection()
					.prepareStatement("update partnership set search_text = ? where id = ?")) {
			while (rows.next()) {
				update.setString(1, Text.searchText(rows.getString("title"), rows.getString("description")));
				update.setLong(2, rows.getLong("id"));
				update.addBatch();
			}
			update.executeBatch();
		}
	}

}
