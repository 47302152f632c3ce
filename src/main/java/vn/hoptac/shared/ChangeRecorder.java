package vn.hoptac.shared;

import java.time.Clock;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * What services call on every write: it checks the version an update is based on, snapshots the record as JSON and publishes
 * {@link RecordChanged} for the audit trail, naming the current actor.
 */
@Component
public class ChangeRecorder {

	private final ApplicationEventPublisher events;

	private final JsonMapper json;

	private final Clock clock;

	private final EntityManager entityManager;

	ChangeRecorder(ApplicationEventPublisher events, JsonMapper json, Clock clock, EntityManager entityManager) {
		this.events = events;
		this.json = json;
		this.clock = clock;
		this.entityManager = entityManager;
	}

	/**
	 * Before an update: refuses it (409) unless it is based on the record's current version, and has
	 * the database confirm that version when the transaction commits, so that a commit by someone else
	 * in between makes it fail even when it changes nothing (an unchanged PUT would otherwise answer
	 * with stale content).
	 */
	public void checkVersion(String entity, Object id, Long expectedVersion, Object record) {
		Object current = entityManager.getEntityManagerFactory().getPersistenceUnitUtil().getVersion(record);
		StaleVersionException.check(entity, id, expectedVersion, ((Number) current).longValue());
		entityManager.lock(record, LockModeType.OPTIMISTIC);
	}

	/** The record's state now, as the audit trail stores it. */
	public String snapshot(Object record) {
		return record == null ? null : json.writeValueAsString(record);
	}

	public void created(String entity, Long id, String summary, Object after) {
		publish(RecordChanged.CREATED, entity, id, summary, null, snapshot(after));
	}

	public void updated(String entity, Long id, String summary, String before, Object after) {
		publish(RecordChanged.UPDATED, entity, id, summary, before, snapshot(after));
	}

	public void deleted(String entity, Long id, String summary, String before) {
		publish(RecordChanged.DELETED, entity, id, summary, before, null);
	}

	public void acted(String entity, Long id, String summary, String before, Object after) {
		publish(RecordChanged.ACTION, entity, id, summary, before, snapshot(after));
	}

	private void publish(String action, String entity, Long id, String summary, String before, String after) {
		String username = Access.current().map(Actor::username).orElse("anonymous");
		events.publishEvent(new RecordChanged(clock.instant(), username, action, entity, id, summary, before, after));
	}

}
