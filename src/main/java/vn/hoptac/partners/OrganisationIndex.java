package vn.hoptac.partners;

import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

import vn.hoptac.partners.internal.OrganisationRepository;
import vn.hoptac.shared.RecordIndex;

/** The organisation list index, kept current by every write of OrganisationService. */
@Component
class OrganisationIndex extends RecordIndex<Organisation> {

	OrganisationIndex(OrganisationRepository records, EntityManager entityManager,
			PlatformTransactionManager transactions) {
		super(OrganisationService.ENTITY, Organisation.class, records, entityManager, transactions);
	}

}
