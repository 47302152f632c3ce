package vn.hoptac.reminders.internal;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

import vn.hoptac.reminders.OutboxMessage;

public interface OutboxRepository extends JpaRepository<OutboxMessage, Long> {

	boolean existsByUserIdAndDigestOn(long userId, LocalDate digestOn);

	List<OutboxMessage> findBySentAtIsNullAndAttemptsLessThanOrderById(int attempts);

}
