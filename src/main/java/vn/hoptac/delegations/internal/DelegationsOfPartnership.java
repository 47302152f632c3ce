package vn.hoptac.delegations.internal;

import java.util.List;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;

import vn.hoptac.delegations.DelegationService;
import vn.hoptac.delegations.ReportedTotalService;
import vn.hoptac.partners.PartnershipLinks;
import vn.hoptac.shared.Access;
import vn.hoptac.shared.RecordRef;

/**
 * The delegations and reported totals that belong to a partnership, so that deleting it while they
 * do answers 409; one the asker may not read is named by its number only.
 */
@Component
class DelegationsOfPartnership implements PartnershipLinks {

	private final DelegationRepository delegations;

	private final ReportedTotalRepository totals;

	DelegationsOfPartnership(DelegationRepository delegations, ReportedTotalRepository totals) {
		this.delegations = delegations;
		this.totals = totals;
	}

	@Override
	public List<RecordRef> linkedTo(long partnershipId) {
		return Stream.concat(delegations.findTop10ByPartnershipIdOrderById(partnershipId)
			.stream()
			.map(d -> new RecordRef(DelegationService.ENTITY, d.getId(),
					Access.canRead(d.getStewardship()) ? d.getTitle() : "#" + d.getId(), "/delegations/" + d.getId())),
				totals.findTop10ByPartnershipIdOrderById(partnershipId)
					.stream()
					.map(t -> new RecordRef(ReportedTotalService.ENTITY, t.getId(),
							Access.canRead(t.getStewardship()) ? t.getSummary() : "#" + t.getId(),
							"/delegations/stats")))
			.toList();
	}

}
