package vn.hoptac.partners;

import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

import vn.hoptac.partners.internal.PartnershipRepository;
import vn.hoptac.shared.RecordIndex;

/** The partnership list index, kept current by every write of PartnershipService. */
@Component
class PartnershipIndex extends RecordIndex<Partnership> {

	PartnershipIndex(PartnershipRepository records, EntityManager entityManager,
			PlatformTransactionManager transactions) {
		super(PartnershipService.ENTITY, Partnership.class, records, entityManager, transactions);
	}

}
