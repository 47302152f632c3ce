package vn.hoptac.audit.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.hoptac.audit.AuditEvent;
import vn.hoptac.shared.ExportValue;
import vn.hoptac.shared.RecordExport;

/** The columns of the audit log's exports (CSV, XLSX), read as lean rows; actions and record types as words. */
@Configuration(proxyBeanMethods = false)
class AuditExports {

	@Bean
	RecordExport<AuditEvent> auditExport() {
		return RecordExport.of(AuditEvent.class, AuditApiController.AuditEntry.class)
			.date("occurredAt", "audit.when")
			.text("user", "audit.user", "username")
			.text("action", "audit.action", "action", String.class, code -> ExportValue.message("audit.action.", code))
			.text("entity", "audit.entity", "entity", String.class, code -> ExportValue.message("audit.entity.", code))
			.number("entityId", "export.column.entityId", "entityId")
			.text("summary", "audit.summary")
			.text("before", "export.column.before", "beforeState")
			.text("after", "export.column.after", "afterState");
	}

}
