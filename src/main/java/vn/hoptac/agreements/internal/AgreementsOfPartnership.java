package vn.hoptac.agreements.internal;

import java.util.List;

import org.springframework.stereotype.Component;

import vn.hoptac.agreements.AgreementService;
import vn.hoptac.partners.PartnershipLinks;
import vn.hoptac.shared.Access;
import vn.hoptac.shared.RecordRef;

/** The agreements that belong to a partnership; one the asker may not read is named by its number only. */
@Component
class AgreementsOfPartnership implements PartnershipLinks {

	private final AgreementRepository agreements;

	AgreementsOfPartnership(AgreementRepository agreements) {
		this.agreements = agreements;
	}

	@Override
	public List<RecordRef> linkedTo(long partnershipId) {
		return agreements.findTop10ByPartnershipIdOrderById(partnershipId)
			.stream()
			.map(a -> new RecordRef(AgreementService.ENTITY, a.getId(),
					Access.canRead(a.getStewardship()) ? a.getTitle() : "#" + a.getId(), "/agreements/" + a.getId()))
			.toList();
	}

}
