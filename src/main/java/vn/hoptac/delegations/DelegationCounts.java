package vn.hoptac.delegations;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hoptac.shared.ProvinceTally;

/** Delegations counted for the reports, by keeping province (callers gather figures as the system). */
@Service
public class DelegationCounts {

	/** Delegations held in one direction, how many of them were not planned, and their persons (null: none stated). */
	public record Held(long delegations, long unplanned, Long persons) {

		public static final Held NONE = new Held(0, 0, null);

		/** Both together (a province and the provinces merged into it). */
		public Held plus(Held other) {
			return new Held(delegations + other.delegations, unplanned + other.unplanned,
					ProvinceTally.plus(persons, other.persons));
		}

	}

	private final EntityManager entityManager;

	DelegationCounts(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	/** Delegations held that started within the period, by keeping province and direction. */
	@Transactional(readOnly = true)
	public Map<Long, Map<DelegationDirection, Held>> held(Collection<Long> provinces, LocalDate from, LocalDate to) {
		Map<String, Object> parameters = new HashMap<>(ProvinceTally.period(from, to, true));
		parameters.put("held", DelegationStatus.HELD);
		Map<Long, Map<DelegationDirection, Held>> held = new HashMap<>();
		ProvinceTally.rows(entityManager, "Delegation", "r.direction, count(r), "
				+ "sum(case when r.planItemId is null then 1 else 0 end), sum(r.size)",
				ProvinceTally.within("startOn", "startPrecision") + " and r.status = :held", "r.direction", parameters,
				provinces)
			.forEach(row -> held.computeIfAbsent((Long) row[0], k -> new java.util.EnumMap<>(DelegationDirection.class))
				.put((DelegationDirection) row[1], new Held(ProvinceTally.number(row[2]), ProvinceTally.number(row[3]),
						ProvinceTally.number(row[4]))));
		return held;
	}

}
