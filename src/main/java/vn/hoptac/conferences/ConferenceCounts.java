package vn.hoptac.conferences;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hoptac.shared.ProvinceTally;

/** Conferences counted for the reports, by keeping province (callers gather figures as the system). */
@Service
public class ConferenceCounts {

	/** Conferences held and their participants, foreign ones among them (null: none stated). */
	public record Held(long conferences, Long participants, Long foreignParticipants) {

		public static final Held NONE = new Held(0, null, null);

		/** Both together (a province and the provinces merged into it). */
		public Held plus(Held other) {
			return new Held(conferences + other.conferences, ProvinceTally.plus(participants, other.participants),
					ProvinceTally.plus(foreignParticipants, other.foreignParticipants));
		}

	}

	private final EntityManager entityManager;

	ConferenceCounts(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	/** Conferences that started within the period, by keeping province. */
	@Transactional(readOnly = true)
	public Map<Long, Held> held(Collection<Long> provinces, LocalDate from, LocalDate to) {
		Map<Long, Held> held = new HashMap<>();
		ProvinceTally.rows(entityManager, "Conference", "count(r), sum(r.participants), sum(r.foreignParticipants)",
				ProvinceTally.within("startOn", "startPrecision"), null, ProvinceTally.period(from, to, true), provinces)
			.forEach(row -> held.put((Long) row[0], new Held(ProvinceTally.number(row[1]), ProvinceTally.number(row[2]),
					ProvinceTally.number(row[3]))));
		return held;
	}

}
