package vn.hoptac.audit;

import java.time.ZoneId;
import java.util.List;

import org.springframework.context.event.EventListener;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hoptac.audit.internal.AuditEventRepository;
import vn.hoptac.shared.Access;
import vn.hoptac.shared.Actor;
import vn.hoptac.shared.ListPage;
import vn.hoptac.shared.RecordChanged;
import vn.hoptac.shared.Role;
import vn.hoptac.shared.Specs;

/**
 * Writes every {@link RecordChanged} in the writer's transaction (so a write and its audit entry
 * commit together) and answers searches of the log.
 */
@Service
@Transactional(readOnly = true)
public class AuditService {

	private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	private final AuditEventRepository events;

	AuditService(AuditEventRepository events) {
		this.events = events;
	}

	@EventListener
	@Transactional
	void on(RecordChanged change) {
		events.save(new AuditEvent(change.at(), change.username(), change.action(), change.entity(), change.entityId(),
				truncate(change.summary(), 500), truncate(change.before(), 20000), truncate(change.after(), 20000)));
	}

	/** The whole log, for administrators and national analysts. */
	public ListPage<AuditEvent> search(AuditQuery query, Pageable pageable) {
		Access.checkRole(Role.ADMIN, Role.NATIONAL_ANALYST);
		Specification<AuditEvent> spec = Specification.allOf(Specs.equalTo("entity", query.entity()),
				Specs.equalTo("entityId", query.entityId()), Specs.equalTo("username", query.username()),
				Specs.equalTo("action", query.action()), (root, cq, cb) -> query.from() == null ? null
						: cb.greaterThanOrEqualTo(root.get("occurredAt"), query.from().atStartOfDay(VIETNAM).toInstant()),
				(root, cq, cb) -> query.to() == null ? null
						: cb.lessThan(root.get("occurredAt"), query.to().plusDays(1).atStartOfDay(VIETNAM).toInstant()));
		return ListPage.read(events.findAll(spec, pageable), AuditEvent.class, spec);
	}

	/**
	 * The history of one record, newest first. The caller has already checked that the reader may
	 * see the record itself.
	 */
	public List<AuditEvent> historyOf(String entity, long id) {
		Access.required();
		return events
			.findAll(Specification.allOf(Specs.equalTo("entity", entity), Specs.equalTo("entityId", id)),
					PageRequest.of(0, 200, Sort.by(Sort.Direction.DESC, "occurredAt", "id")))
			.getContent();
	}

	/**
	 * The latest writes of one user, newest first: a user's own work for the home page. Users see
	 * their own; administrators and national analysts anyone's.
	 */
	public List<AuditEvent> recentBy(String username, int limit) {
		Actor actor = Access.required();
		if (!actor.username().equals(username) && !actor.role().readsEverything()) {
			throw new AccessDeniedException("Only your own changes");
		}
		return events
			.findAll(Specs.equalTo("username", username),
					PageRequest.of(0, limit, Sort.by(Sort.Direction.DESC, "occurredAt", "id")))
			.getContent();
	}

	private static String truncate(String text, int length) {
		return text == null || text.length() <= length ? text : text.substring(0, length - 1) + "…";
	}

}
