package vn.hoptac.audit;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/** One write, as recorded. Never changed or removed. */
@Entity
@Immutable
@Table(name = "audit_event")
public class AuditEvent {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Instant occurredAt;

	private String username;

	private String action;

	private String entity;

	private Long entityId;

	private String summary;

	private String beforeState;

	private String afterState;

	protected AuditEvent() {
	}

	AuditEvent(Instant occurredAt, String username, String action, String entity, Long entityId, String summary,
			String beforeState, String afterState) {
		this.occurredAt = occurredAt;
		this.username = username;
		this.action = action;
		this.entity = entity;
		this.entityId = entityId;
		this.summary = summary;
		this.beforeState = beforeState;
		this.afterState = afterState;
	}

	public Long getId() {
		return id;
	}

	public Instant getOccurredAt() {
		return occurredAt;
	}

	public String getUsername() {
		return username;
	}

	public String getAction() {
		return action;
	}

	public String getEntity() {
		return entity;
	}

	public Long getEntityId() {
		return entityId;
	}

	public String getSummary() {
		return summary;
	}

	public String getBeforeState() {
		return beforeState;
	}

	public String getAfterState() {
		return afterState;
	}

}
