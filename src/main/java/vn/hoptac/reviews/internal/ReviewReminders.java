package vn.hoptac.reviews.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

import vn.hoptac.partners.PartnershipQuery;
import vn.hoptac.partners.PartnershipService;
import vn.hoptac.partners.PartnershipStatus;
import vn.hoptac.reviews.PartnershipFacts;
import vn.hoptac.reviews.ReviewCycle;
import vn.hoptac.reviews.ReviewKind;
import vn.hoptac.shared.Reminder;
import vn.hoptac.shared.ReminderSource;

/**
 * The reviews due: for each formal or active partnership the reader may see, the latest half year's
 * and year's reviews whose due day falls within the horizon, when they are missing
 * ({@link vn.hoptac.reviews.ReviewPeriod}: 30 days after the period).
 */
@Component
class ReviewReminders implements ReminderSource {

	static final String SEMIANNUAL_DUE = "review.semiannual.due";

	static final String ANNUAL_DUE = "review.annual.due";

	private static final int MAX_PARTNERSHIPS = 20_000;

	private final PartnershipService partnerships;

	private final ReviewCycle cycle;

	ReviewReminders(PartnershipService partnerships, ReviewCycle cycle) {
		this.partnerships = partnerships;
		this.cycle = cycle;
	}

	@Override
	public List<Reminder> dueFor(LocalDate today, int horizonDays) {
		List<PartnershipFacts> formal = new ArrayList<>();
		for (PartnershipStatus status : List.of(PartnershipStatus.FORMAL, PartnershipStatus.ACTIVE)) {
			partnerships
				.search(new PartnershipQuery(null, null, null, null, status, null, null, null, null),
						PageRequest.of(0, MAX_PARTNERSHIPS))
				.forEach(p -> formal.add(PartnershipFacts.of(p, false)));
		}
		List<Reminder> due = new ArrayList<>();
		for (ReviewCycle.Missing missing : cycle.missing(formal, today.plusDays(horizonDays))) {
			var p = missing.partnership();
			var period = missing.period();
			// the form reads the kind from the period: a half year is a six-monthly review
			String link = "/reviews/new?partnership=" + p.partnership().id() + "&year=" + period.year()
					+ (period.half() == null ? "" : "&half=" + period.half());
			due.add(new Reminder(period.kind() == ReviewKind.ANNUAL ? ANNUAL_DUE : SEMIANNUAL_DUE,
					Reminder.Severity.of(period.dueOn(), today), period.dueOn(), "partnership", p.partnership().id(),
					p.partnership().title(), link, p.provinceId(), null));
		}
		due.sort(Comparator.comparing(Reminder::dueOn).thenComparing(Reminder::id));
		return due;
	}

}
