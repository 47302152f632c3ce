package vn.hoptac.overview.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import vn.hoptac.agreements.Agreement;
import vn.hoptac.agreements.AgreementQuery;
import vn.hoptac.agreements.AgreementService;
import vn.hoptac.agreements.TimelineEntry;
import vn.hoptac.audit.AuditEvent;
import vn.hoptac.audit.AuditQuery;
import vn.hoptac.audit.AuditService;
import vn.hoptac.partners.PartnershipQuery;
import vn.hoptac.partners.PartnershipService;
import vn.hoptac.shared.Access;
import vn.hoptac.shared.Actor;

/**
 * The home page. Signed-in users see what needs attention among the records they may read
 * (statutory deadlines passed, agreements about to expire) and recent changes; visitors an
 * introduction and the public lists.
 */
@Controller
class HomePageController {

	/** How far ahead an expiring agreement needs attention. */
	static final int EXPIRY_HORIZON_DAYS = 180;

	private static final int LIMIT = 10;

	private final AgreementService agreements;

	private final PartnershipService partnerships;

	private final AuditService audit;

	private final Clock clock;

	HomePageController(AgreementService agreements, PartnershipService partnerships, AuditService audit,
			Clock clock) {
		this.agreements = agreements;
		this.partnerships = partnerships;
		this.audit = audit;
		this.clock = clock;
	}

	@GetMapping("/")
	String home(Model model) {
		// the lists' totals: exact, or "more than" past the lists' cap
		model.addAttribute("partnershipCount", partnerships
			.search(new PartnershipQuery(null, null, null, null, null, null, null, null, null), PageRequest.of(0, 1)));
		model.addAttribute("agreementCount", agreements
			.search(new AgreementQuery(null, null, null, null, null, null, null, null, null, null, null),
					PageRequest.of(0, 1)));
		Actor actor = Access.current().orElse(null);
		if (actor == null) {
			return "home";
		}
		LocalDate today = LocalDate.now(clock);
		model.addAttribute("overdue", agreements.overdue(LIMIT).stream().map(this::late).toList());
		List<Agreement> expiring = agreements.expiringBetween(today, today.plusDays(EXPIRY_HORIZON_DAYS));
		model.addAttribute("expiring", expiring.stream()
			.limit(LIMIT)
			.map(a -> new Expiring(a, ChronoUnit.DAYS.between(today, a.getExpiresOn())))
			.toList());
		model.addAttribute("expiringTotal", expiring.size());
		model.addAttribute("expiryHorizon", EXPIRY_HORIZON_DAYS);
		model.addAttribute("recent", recentChanges(actor));
		model.addAttribute("recentOfAll", actor.role().readsEverything());
		return "home";
	}

	/** The whole log's latest entries for those who read it all; otherwise the user's own. */
	private List<AuditEvent> recentChanges(Actor actor) {
		if (actor.role().readsEverything()) {
			return audit
				.search(new AuditQuery(null, null, null, null, null, null),
						PageRequest.of(0, LIMIT, Sort.by(Sort.Direction.DESC, "occurredAt", "id")))
				.getContent();
		}
		return audit.recentBy(actor.username(), LIMIT);
	}

	/** An overdue agreement with the deadline it missed (the earliest still unmet). */
	private Late late(Agreement agreement) {
		TimelineEntry missed = agreements.timeline(agreement)
			.stream()
			.filter(entry -> entry.overdue() && entry.fulfilledOn() == null)
			.findFirst()
			.orElse(null);
		return new Late(agreement, missed);
	}

	record Late(Agreement agreement, TimelineEntry deadline) {
	}

	record Expiring(Agreement agreement, long daysLeft) {
	}

}
