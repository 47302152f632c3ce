package vn.hoptac.reviews.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.hoptac.reviews.PartnershipReview;
import vn.hoptac.shared.RecordExport;

/** The columns of the review list's exports (CSV, XLSX), read as lean rows. */
@Configuration(proxyBeanMethods = false)
class ReviewExports {

	@Bean
	RecordExport<PartnershipReview> reviewExport() {
		return RecordExport.of(PartnershipReview.class, ReviewResponse.Item.class)
			.text("partnership", "review.partnership", "title")
			.text("kind", "review.kind")
			.number("periodYear", "review.periodYear", "periodYear")
			.number("periodHalf", "review.periodHalf", "periodHalf")
			.date("reviewedOn", "review.reviewedOn")
			.text("conclusion", "review.conclusion");
	}

}
