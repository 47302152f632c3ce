package vn.hoptac.reviews;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.hoptac.partners.PartnershipStatus;
import vn.hoptac.reviews.internal.ReviewRepository;

/**
 * The review cycle: a formal or active partnership is reviewed every half year and every year
 * ({@link ReviewPeriod}); which reviews are missing is read in one query for a set of partnerships.
 */
@Component
@Transactional(readOnly = true)
public class ReviewCycle {

	private final ReviewRepository reviews;

	ReviewCycle(ReviewRepository reviews) {
		this.reviews = reviews;
	}

	/** A review missing for a partnership: the period it should cover. */
	public record Missing(PartnershipFacts partnership, ReviewPeriod period) {
	}

	/** Whether the partnership is under the cycle: formal or active, and signed before the period ends. */
	static boolean underCycle(PartnershipFacts facts, ReviewPeriod period) {
		boolean formal = facts.status() == PartnershipStatus.FORMAL || facts.status() == PartnershipStatus.ACTIVE;
		return formal && (facts.establishedOn() == null || facts.establishedOn().isBefore(period.end()));
	}

	/** The partnerships whose latest review due before today (of either kind) is missing. */
	public Set<Long> overdueAmong(Collection<PartnershipFacts> partnerships, LocalDate today) {
		Set<Long> overdue = new HashSet<>();
		for (Missing missing : missing(partnerships, today.minusDays(1))) {
			overdue.add(missing.partnership().partnership().id());
		}
		return overdue;
	}

	/** The reviews missing among the latest periods of each kind due on or before the day. */
	public List<Missing> missing(Collection<PartnershipFacts> partnerships, LocalDate dueBy) {
		List<ReviewPeriod> periods = List.of(ReviewPeriod.latestDueBy(ReviewKind.SEMIANNUAL, dueBy),
				ReviewPeriod.latestDueBy(ReviewKind.ANNUAL, dueBy));
		List<PartnershipFacts> under = partnerships.stream()
			.filter(p -> periods.stream().anyMatch(period -> underCycle(p, period)))
			.toList();
		if (under.isEmpty()) {
			return List.of();
		}
		int fromYear = periods.stream().mapToInt(ReviewPeriod::year).min().orElseThrow();
		Map<Long, List<Object[]>> reviewed = new HashMap<>();
		for (Object[] row : reviews.periodsReviewed(under.stream().map(p -> p.partnership().id()).toList(),
				fromYear)) {
			reviewed.computeIfAbsent((Long) row[0], k -> new ArrayList<>()).add(row);
		}
		List<Missing> missing = new ArrayList<>();
		for (PartnershipFacts p : under) {
			List<Object[]> done = reviewed.getOrDefault(p.partnership().id(), List.of());
			for (ReviewPeriod period : periods) {
				boolean answered = done.stream()
					.anyMatch(r -> period.answeredBy((ReviewKind) r[1], (Integer) r[2], (Integer) r[3]));
				if (underCycle(p, period) && !answered) {
					missing.add(new Missing(p, period));
				}
			}
		}
		return missing;
	}

}
