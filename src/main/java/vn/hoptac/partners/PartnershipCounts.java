package vn.hoptac.partners;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;

import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hoptac.shared.DatePrecision;
import vn.hoptac.shared.ProvinceTally;

/** Partnerships counted for the reports, by keeping province (callers gather figures as the system). */
@Service
public class PartnershipCounts {

	private final EntityManager entityManager;

	PartnershipCounts(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	/**
	 * Partnerships established within the period, of the provinces (null: every province): those
	 * known to the year only count in a whole year, not in either half ({@link DatePrecision#wholeWithin}).
	 */
	@Transactional(readOnly = true)
	public Map<Long, Long> established(Collection<Long> provinces, LocalDate from, LocalDate to) {
		return ProvinceTally.counts(entityManager, "Partnership",
				ProvinceTally.within("establishedOn", "establishedPrecision"), ProvinceTally.period(from, to, true),
				provinces);
	}

	/** Partnerships established in the year, known to the year only: a half-year's report says how many it cannot place. */
	@Transactional(readOnly = true)
	public Map<Long, Long> establishedInYearOnly(Collection<Long> provinces, int year) {
		return ProvinceTally.counts(entityManager, "Partnership",
				"r.establishedOn = :periodFrom and r.establishedPrecision = :year",
				Map.of("periodFrom", LocalDate.of(year, 1, 1), "year", DatePrecision.YEAR), provinces);
	}

}
