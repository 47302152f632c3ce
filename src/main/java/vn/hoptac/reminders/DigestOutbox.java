package vn.hoptac.reminders;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hoptac.reminders.internal.OutboxRepository;
import vn.hoptac.shared.Access;
import vn.hoptac.shared.ListPage;
import vn.hoptac.shared.Role;

/** The digests written, sent or waiting: for administrators only (they carry users' addresses). */
@Service
@Transactional(readOnly = true)
public class DigestOutbox {

	private final OutboxRepository outbox;

	DigestOutbox(OutboxRepository outbox) {
		this.outbox = outbox;
	}

	public ListPage<OutboxMessage> list(Pageable pageable) {
		Access.checkRole(Role.ADMIN);
		return ListPage.read(outbox.findAll(pageable), OutboxMessage.class, Specification.unrestricted());
	}

}
