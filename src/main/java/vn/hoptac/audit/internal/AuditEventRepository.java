package vn.hoptac.audit.internal;

import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.repository.Repository;

import vn.hoptac.audit.AuditEvent;

/** Insert and read only: the trail is append-only. */
public interface AuditEventRepository extends Repository<AuditEvent, Long>, JpaSpecificationExecutor<AuditEvent> {

	AuditEvent save(AuditEvent event);

}
