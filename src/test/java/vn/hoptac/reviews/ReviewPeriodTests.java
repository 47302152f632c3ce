package vn.hoptac.reviews;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class ReviewPeriodTests {

	@Test
	void theFirstHalfIsDueOn30JulyTheSecondHalfAndTheYearOn30January() {
		assertThat(new ReviewPeriod(ReviewKind.SEMIANNUAL, 2025, 1).dueOn()).isEqualTo(LocalDate.of(2025, 7, 30));
		assertThat(new ReviewPeriod(ReviewKind.SEMIANNUAL, 2025, 2).dueOn()).isEqualTo(LocalDate.of(2026, 1, 30));
		assertThat(new ReviewPeriod(ReviewKind.ANNUAL, 2025, null).dueOn()).isEqualTo(LocalDate.of(2026, 1, 30));
	}

	@Test
	void theLatestPeriodDueByADay() {
		assertThat(ReviewPeriod.latestDueBy(ReviewKind.SEMIANNUAL, LocalDate.of(2026, 7, 29)))
			.isEqualTo(new ReviewPeriod(ReviewKind.SEMIANNUAL, 2025, 2));
		assertThat(ReviewPeriod.latestDueBy(ReviewKind.SEMIANNUAL, LocalDate.of(2026, 7, 30)))
			.isEqualTo(new ReviewPeriod(ReviewKind.SEMIANNUAL, 2026, 1));
		assertThat(ReviewPeriod.latestDueBy(ReviewKind.SEMIANNUAL, LocalDate.of(2026, 1, 10)))
			.isEqualTo(new ReviewPeriod(ReviewKind.SEMIANNUAL, 2025, 1));
		assertThat(ReviewPeriod.latestDueBy(ReviewKind.ANNUAL, LocalDate.of(2026, 1, 29)))
			.isEqualTo(new ReviewPeriod(ReviewKind.ANNUAL, 2024, null));
		assertThat(ReviewPeriod.latestDueBy(ReviewKind.ANNUAL, LocalDate.of(2026, 11, 28)))
			.isEqualTo(new ReviewPeriod(ReviewKind.ANNUAL, 2025, null));
	}

	@Test
	void anAnnualReviewAnswersForTheSecondHalfToo() {
		var secondHalf = new ReviewPeriod(ReviewKind.SEMIANNUAL, 2025, 2);
		assertThat(secondHalf.answeredBy(ReviewKind.ANNUAL, 2025, null)).isTrue();
		assertThat(new ReviewPeriod(ReviewKind.SEMIANNUAL, 2025, 1).answeredBy(ReviewKind.ANNUAL, 2025, null)).isFalse();
		assertThat(new ReviewPeriod(ReviewKind.ANNUAL, 2025, null).answeredBy(ReviewKind.SEMIANNUAL, 2025, 2))
			.isFalse();
	}

}
