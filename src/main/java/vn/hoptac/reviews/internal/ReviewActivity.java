package vn.hoptac.reviews.internal;

import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.EntityManager;

import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.hoptac.reviews.PartnershipReview;
import vn.hoptac.reviews.ReviewService;
import vn.hoptac.shared.ActivityKind;
import vn.hoptac.shared.LatestPerPartnership;
import vn.hoptac.shared.PartnershipActivitySource;
import vn.hoptac.shared.PartnershipScope;
import vn.hoptac.shared.PartnershipSignal;
import vn.hoptac.shared.SignalDepth;

/** The latest review of each partnership, with its conclusion (a PAUSE or END decides the health). */
@Component
@Transactional(readOnly = true)
class ReviewActivity implements PartnershipActivitySource {

	private final LatestPerPartnership<PartnershipReview> latest;

	ReviewActivity(EntityManager entityManager) {
		this.latest = LatestPerPartnership.of(entityManager, PartnershipReview.class, ReviewService.ENTITY, "/reviews/")
			.withDetail("conclusion");
	}

	@Override
	public List<PartnershipSignal> signalsOf(PartnershipScope scope, LocalDate today, SignalDepth depth) {
		return latest.signals(ActivityKind.REVIEW, scope, today, depth, (root, cb) -> root.get("reviewedOn"),
				Specification.unrestricted());
	}

}
