package vn.hoptac.audit;

import java.time.LocalDate;

/** Filters of the audit log; null means "any". */
public record AuditQuery(String entity, Long entityId, String username, String action, LocalDate from,
		LocalDate to) {
}
