package vn.hoptac.partners;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;

import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hoptac.shared.ProvinceTally;

/** Partnerships counted for the reports, by keeping province (callers gather figures as the system). */
@Service
public class PartnershipCounts {

	private final EntityManager entityManager;

	PartnershipCounts(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	/** Partnerships established within the period, of the provinces (null: every province). */
	@Transactional(readOnly = true)
	public Map<Long, Long> established(Collection<Long> provinces, LocalDate from, LocalDate to) {
		return ProvinceTally.counts(entityManager, "Partnership", ProvinceTally.within("establishedOn", null),
				ProvinceTally.period(from, to, false), provinces);
	}

}
