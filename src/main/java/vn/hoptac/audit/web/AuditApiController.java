package vn.hoptac.audit.web;

import java.time.Instant;
import java.time.LocalDate;

import org.springframework.data.domain.Sort;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import vn.hoptac.audit.AuditEvent;
import vn.hoptac.audit.AuditQuery;
import vn.hoptac.audit.AuditService;
import vn.hoptac.shared.PageResponse;
import vn.hoptac.shared.Paging;

@RestController
@RequestMapping("/api/v1/audit")
@Tag(name = "Audit", description = "Every write with who, when, and the state before and after (administrators, national analysts)")
class AuditApiController {

	private final AuditService audit;

	AuditApiController(AuditService audit) {
		this.audit = audit;
	}

	@Operation(operationId = "searchAuditTrail", summary = "Search the audit trail")
	@GetMapping
	PageResponse<AuditEntry> search(@RequestParam(required = false) String entity,
			@RequestParam(required = false) Long entityId, @RequestParam(required = false) String user,
			@RequestParam(required = false) String action, @RequestParam(required = false) LocalDate from,
			@RequestParam(required = false) LocalDate to, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		var newestFirst = Paging.of(page, size, Sort.by(Sort.Direction.DESC, "occurredAt", "id"));
		return PageResponse.of(audit.search(new AuditQuery(entity, entityId, user, action, from, to), newestFirst),
				AuditEntry::of);
	}

	/** An audit entry; states are JSON text as recorded. */
	record AuditEntry(Long id, Instant at, String user, String action, String entity, Long entityId, String summary,
			String before, String after) {

		static AuditEntry of(AuditEvent e) {
			return new AuditEntry(e.getId(), e.getOccurredAt(), e.getUsername(), e.getAction(), e.getEntity(),
					e.getEntityId(), e.getSummary(), e.getBeforeState(), e.getAfterState());
		}

	}

}
