package vn.hoptac.audit.web;

import static vn.hoptac.shared.FormFields.trimmed;

import java.time.LocalDate;

import vn.hoptac.audit.AuditQuery;

/** The filters of the audit log page, as its form sends them. */
public class AuditFilter {

	private String entity;

	private Long entityId;

	private String user;

	private String action;

	private LocalDate from;

	private LocalDate to;

	AuditQuery toQuery() {
		return new AuditQuery(trimmed(entity), entityId, trimmed(user), trimmed(action), from, to);
	}

	public boolean isActive() {
		return !toQuery().equals(new AuditQuery(null, null, null, null, null, null));
	}

	public String getEntity() {
		return entity;
	}

	public void setEntity(String entity) {
		this.entity = entity;
	}

	public Long getEntityId() {
		return entityId;
	}

	public void setEntityId(Long entityId) {
		this.entityId = entityId;
	}

	public String getUser() {
		return user;
	}

	public void setUser(String user) {
		this.user = user;
	}

	public String getAction() {
		return action;
	}

	public void setAction(String action) {
		this.action = action;
	}

	public LocalDate getFrom() {
		return from;
	}

	public void setFrom(LocalDate from) {
		this.from = from;
	}

	public LocalDate getTo() {
		return to;
	}

	public void setTo(LocalDate to) {
		this.to = to;
	}

}
