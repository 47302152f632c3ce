package vn.hoptac.reviews;

import java.util.Collection;
import java.util.Map;

import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hoptac.shared.ProvinceTally;

/** Partnership reviews counted for the reports, by keeping province (callers gather figures as the system). */
@Service
public class ReviewCounts {

	private final EntityManager entityManager;

	ReviewCounts(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	/** Reviews of the year's half (0: of any period of the year). */
	@Transactional(readOnly = true)
	public Map<Long, Long> done(Collection<Long> provinces, int year, int half) {
		return ProvinceTally.counts(entityManager, "PartnershipReview",
				"r.periodYear = :year and (:half = 0 or r.periodHalf = :half)", Map.of("year", year, "half", half),
				provinces);
	}

}
