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
import vn.hoptac.agreements.PendingDeadline;
import vn.hoptac.audit.AuditEvent;
import vn.hoptac.audit.AuditQuery;
import vn.hoptac.audit.AuditService;
import vn.hoptac.partners.PartnershipQuery;
import vn.hoptac.partners.PartnershipService;
import vn.hoptac.shared.Access;
import vn.hoptac.shared.Actor;
import vn.hoptac.shared.Role;

/**
 * The home page. Signed-in users see what needs attention among the records they may read
 * (statutory deadlines passed and falling due soon, except for a foreign partner whom they do not
 * bind; agreements about to expire) and recent changes; those who read every province a table of
 * the provinces; visitors an introduction and the public lists.
 */
@Controller
class HomePageController {

	/** How far ahead an expiring agreement needs attention. */
	static final int EXPIRY_HORIZON_DAYS = 180;

	/** How far ahead a statutory deadline that falls due needs attention. */
	static final int DUE_SOON_DAYS = 30;

	private static final int LIMIT = 10;

	private final AgreementService agreements;

	private final PartnershipService partnerships;

	private final AuditService audit;

	private final ProvinceOverview provinces;

	private final Clock clock;

	HomePageController(AgreementService agreements, PartnershipService partnerships, AuditService audit,
			ProvinceOverview provinces, Clock clock) {
		this.provinces = provinces;
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
		// statutory deadlines bind the Vietnamese bodies, not a foreign partner
		boolean deadlines = actor.role() != Role.PARTNER;
		model.addAttribute("showDeadlines", deadlines);
		if (deadlines) {
			List<PendingDeadline> overdue = agreements.pendingDueBetween(null, today.minusDays(1));
			model.addAttribute("overdue", overdue.stream().limit(LIMIT).toList());
			model.addAttribute("overdueTotal", overdue.size());
			List<PendingDeadline> dueSoon = agreements.pendingDueBetween(today, today.plusDays(DUE_SOON_DAYS));
			model.addAttribute("dueSoon", dueSoon.stream()
				.limit(LIMIT)
				.map(p -> new DueSoon(p, ChronoUnit.DAYS.between(today, p.deadline().dueDate())))
				.toList());
			model.addAttribute("dueSoonTotal", dueSoon.size());
			model.addAttribute("dueSoonDays", DUE_SOON_DAYS);
		}
		if (actor.role().readsEverything()) {
			List<ProvinceOverview.Row> rows = provinces.rows(DUE_SOON_DAYS);
			model.addAttribute("provinceRows", rows);
			model.addAttribute("provinceTotal", ProvinceOverview.Row.total(rows));
		}
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

	/** A deadline that falls due soon, with the days left until it does. */
	record DueSoon(PendingDeadline pending, long daysLeft) {
	}

	record Expiring(Agreement agreement, long daysLeft) {
	}

}
