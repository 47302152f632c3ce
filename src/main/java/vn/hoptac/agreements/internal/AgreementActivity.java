package vn.hoptac.agreements.internal;

import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.EntityManager;

import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.hoptac.agreements.Agreement;
import vn.hoptac.agreements.AgreementService;
import vn.hoptac.shared.ActivityKind;
import vn.hoptac.shared.LatestPerPartnership;
import vn.hoptac.shared.PartnershipActivitySource;
import vn.hoptac.shared.PartnershipScope;
import vn.hoptac.shared.PartnershipSignal;
import vn.hoptac.shared.SignalDepth;

/** The latest action (signed, in force, extended, ...) on an agreement of each partnership. */
@Component
@Transactional(readOnly = true)
class AgreementActivity implements PartnershipActivitySource {

	private final LatestPerPartnership<Agreement> latest;

	AgreementActivity(EntityManager entityManager) {
		this.latest = LatestPerPartnership.of(entityManager, Agreement.class, AgreementService.ENTITY, "/agreements/");
	}

	@Override
	public List<PartnershipSignal> signalsOf(PartnershipScope scope, LocalDate today, SignalDepth depth) {
		return latest.signals(ActivityKind.AGREEMENT_ACTION, scope, today, depth,
				(root, cb) -> root.join("actions").get("date"), Specification.unrestricted());
	}

}
