package vn.hoptac.shared;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import jakarta.persistence.EntityManager;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps every declared {@link RelatedText} current, in the writing transaction: a record's own write
 * recomputes its related text (its references may have changed), and a write to a record it refers
 * to recomputes the related text of every record referring to it (a renamed party).
 */
@Component
public class RelatedTexts {

	private final List<RelatedText> declared;

	private final DataSource dataSource;

	private final EntityManager entityManager;

	private volatile String sharedLock;

	RelatedTexts(List<RelatedText> declared, DataSource dataSource, EntityManager entityManager) {
		this.declared = List.copyOf(declared);
		this.dataSource = dataSource;
		this.entityManager = entityManager;
	}

	@EventListener
	void on(RecordChanged change) throws SQLException {
		if (change.entityId() == null || RecordChanged.DELETED.equals(change.action())) {
			return;
		}
		boolean concerned = declared.stream()
			.anyMatch(text -> text.table().equals(change.entity()) || text.dependsOn(change.entity()));
		if (!concerned) {
			return;
		}
		entityManager.flush();
		Connection connection = DataSourceUtils.getConnection(dataSource);
		try {
			for (RelatedText text : declared) {
				if (text.table().equals(change.entity())) {
					text.refresh(connection, List.of(change.entityId()), sharedLock(connection));
				}
				if (!RecordChanged.CREATED.equals(change.action()) && text.dependsOn(change.entity())) {
					Set<Long> owners = text.ownersOf(connection, change.entity(), change.entityId());
					text.refresh(connection, owners, sharedLock(connection));
				}
			}
		}
		finally {
			DataSourceUtils.releaseConnection(connection, dataSource);
		}
	}

	/** Recomputes every record's related text: after rows were loaded without the services. */
	@Transactional
	public void refreshAll() {
		Connection connection = DataSourceUtils.getConnection(dataSource);
		try {
			for (RelatedText text : declared) {
				text.refreshAll(connection);
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not recompute the related search text", ex);
		}
		finally {
			DataSourceUtils.releaseConnection(connection, dataSource);
		}
	}

	/** PostgreSQL's shared row lock lets writers referring to the same row proceed together; H2 has only FOR UPDATE. */
	private String sharedLock(Connection connection) throws SQLException {
		if (sharedLock == null) {
			sharedLock = "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName()) ? "for share"
					: "for update";
		}
		return sharedLock;
	}

}
