package vn.hoptac.reminders.web;

import java.time.Instant;
import java.time.LocalDate;

import org.springframework.data.domain.Sort;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import vn.hoptac.reminders.DigestOutbox;
import vn.hoptac.reminders.OutboxMessage;
import vn.hoptac.shared.PageResponse;
import vn.hoptac.shared.Paging;

/** The digests written, the latest first (administrators). */
@RestController
@RequestMapping("/api/v1/admin/outbox")
@Tag(name = "Reminders", description = "What needs the signed-in user's attention by a date")
class OutboxApiController {

	static final Sort LATEST_FIRST = Sort.by(Sort.Direction.DESC, "digestOn", "id");

	private final DigestOutbox outbox;

	OutboxApiController(DigestOutbox outbox) {
		this.outbox = outbox;
	}

	@Operation(operationId = "listOutbox", summary = "List the daily digests, sent and waiting")
	@GetMapping
	PageResponse<OutboxResponse> list(@RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return PageResponse.of(outbox.list(Paging.of(page, size, LATEST_FIRST)), OutboxResponse::of);
	}

	/** A digest: unsent while {@code sentAt} is null, with the attempts made and the last error. */
	record OutboxResponse(Long id, long userId, LocalDate digestOn, String email, String language, String subject,
			String body, Instant createdAt, Instant sentAt, int attempts, String lastError) {

		static OutboxResponse of(OutboxMessage m) {
			return new OutboxResponse(m.getId(), m.getUserId(), m.getDigestOn(), m.getEmail(), m.getLanguage(),
					m.getSubject(), m.getBodyText(), m.getCreatedAt(), m.getSentAt(), m.getAttempts(),
					m.getLastError());
		}

	}

}
