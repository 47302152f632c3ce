package vn.hoptac.delegations.internal;

import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.hoptac.delegations.Delegation;
import vn.hoptac.delegations.DelegationService;
import vn.hoptac.delegations.DelegationStatus;
import vn.hoptac.shared.ActivityKind;
import vn.hoptac.shared.LatestPerPartnership;
import vn.hoptac.shared.PartnershipActivitySource;
import vn.hoptac.shared.PartnershipScope;
import vn.hoptac.shared.PartnershipSignal;
import vn.hoptac.shared.SignalDepth;
import vn.hoptac.shared.Specs;

/** The latest delegation of each partnership that was held (planned or cancelled ones are no activity). */
@Component
@Transactional(readOnly = true)
class DelegationActivity implements PartnershipActivitySource {

	private final LatestPerPartnership<Delegation> latest;

	DelegationActivity(EntityManager entityManager) {
		this.latest = LatestPerPartnership.of(entityManager, Delegation.class, DelegationService.ENTITY,
				"/delegations/");
	}

	@Override
	public List<PartnershipSignal> signalsOf(PartnershipScope scope, LocalDate today, SignalDepth depth) {
		return latest.signals(ActivityKind.DELEGATION, scope, today, depth,
				(root, cb) -> root.get("startOn"), Specs.equalTo("status", DelegationStatus.HELD));
	}

}
