package vn.hoptac.reviews.internal;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import vn.hoptac.reviews.PartnershipReview;
import vn.hoptac.reviews.ReviewKind;

public interface ReviewRepository extends JpaRepository<PartnershipReview, Long> {

	List<PartnershipReview> findTop10ByPartnershipIdOrderById(Long partnershipId);

	/** The reviews recorded for the period: at most one, which a second one would duplicate. */
	List<PartnershipReview> findByPartnershipIdAndKindAndPeriodYearAndPeriodHalf(Long partnershipId, ReviewKind kind,
			int periodYear, Integer periodHalf);

	List<PartnershipReview> findByPartnershipIdAndKindAndPeriodYearAndPeriodHalfIsNull(Long partnershipId,
			ReviewKind kind, int periodYear);

	/** Which periods from the year on have a review, for the partnerships: rows of (partnership, kind, year, half). */
	@Query("select r.partnershipId, r.kind, r.periodYear, r.periodHalf from PartnershipReview r "
			+ "where r.partnershipId in :ids and r.periodYear >= :fromYear")
	List<Object[]> periodsReviewed(Collection<Long> ids, int fromYear);

}
