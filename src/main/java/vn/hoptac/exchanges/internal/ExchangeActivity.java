package vn.hoptac.exchanges.internal;

import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.hoptac.exchanges.Exchange;
import vn.hoptac.exchanges.ExchangeService;
import vn.hoptac.exchanges.ExchangeStatus;
import vn.hoptac.shared.ActivityKind;
import vn.hoptac.shared.LatestPerPartnership;
import vn.hoptac.shared.PartnershipActivitySource;
import vn.hoptac.shared.PartnershipScope;
import vn.hoptac.shared.PartnershipSignal;
import vn.hoptac.shared.SignalDepth;
import vn.hoptac.shared.Specs;

/** The latest exchange of people of each partnership that was held or is going on. */
@Component
@Transactional(readOnly = true)
class ExchangeActivity implements PartnershipActivitySource {

	private final LatestPerPartnership<Exchange> latest;

	ExchangeActivity(EntityManager entityManager) {
		this.latest = LatestPerPartnership.of(entityManager, Exchange.class, ExchangeService.ENTITY, "/exchanges/");
	}

	@Override
	public List<PartnershipSignal> signalsOf(PartnershipScope scope, LocalDate today, SignalDepth depth) {
		return latest.signals(ActivityKind.EXCHANGE, scope, today, depth,
				(root, cb) -> root.get("startOn"),
				Specs.in("status", List.of(ExchangeStatus.HELD, ExchangeStatus.ONGOING)));
	}

}
