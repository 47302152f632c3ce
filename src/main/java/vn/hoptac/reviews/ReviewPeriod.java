package vn.hoptac.reviews;

import java.time.LocalDate;

/**
 * A period a review covers: a half year (half 1 or 2) or a year (half null). A review is due
 * {@link #DAYS_TO_REVIEW} days after its period ends: the first half's on 30 July, the second half's
 * and the year's on 30 January of the next year. An annual review also answers for the second half.
 */
public record ReviewPeriod(ReviewKind kind, int year, Integer half) {

	/** Days after a period ends by which its review is due. */
	public static final int DAYS_TO_REVIEW = 29;

	/** The first day after the period. */
	public LocalDate end() {
		return kind == ReviewKind.SEMIANNUAL && half == 1 ? LocalDate.of(year, 7, 1) : LocalDate.of(year + 1, 1, 1);
	}

	/** The day the review is due: 30 days after the period's last day. */
	public LocalDate dueOn() {
		return end().plusDays(DAYS_TO_REVIEW);
	}

	/** The latest period of the kind whose review is due on or before the day. */
	public static ReviewPeriod latestDueBy(ReviewKind kind, LocalDate day) {
		int year = day.getYear();
		if (kind == ReviewKind.ANNUAL) {
			ReviewPeriod last = new ReviewPeriod(kind, year - 1, null);
			return last.dueOn().isAfter(day) ? new ReviewPeriod(kind, year - 2, null) : last;
		}
		ReviewPeriod first = new ReviewPeriod(kind, year, 1);
		if (!first.dueOn().isAfter(day)) {
			return first;
		}
		ReviewPeriod second = new ReviewPeriod(kind, year - 1, 2);
		return second.dueOn().isAfter(day) ? new ReviewPeriod(kind, year - 1, 1) : second;
	}

	/** Whether a review of the kind, year and half answers for this period. */
	boolean answeredBy(ReviewKind reviewKind, int reviewYear, Integer reviewHalf) {
		if (reviewYear != year) {
			return false;
		}
		if (kind == ReviewKind.ANNUAL) {
			return reviewKind == ReviewKind.ANNUAL;
		}
		return reviewKind == ReviewKind.SEMIANNUAL ? half.equals(reviewHalf)
				: half == 2;
	}

}
