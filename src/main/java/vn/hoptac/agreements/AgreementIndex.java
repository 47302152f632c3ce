package vn.hoptac.agreements;

import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

import vn.hoptac.agreements.internal.AgreementRepository;
import vn.hoptac.shared.RecordIndex;

/** The agreement list index, kept current by every write of AgreementService. */
@Component
class AgreementIndex extends RecordIndex<Agreement> {

	AgreementIndex(AgreementRepository records, EntityManager entityManager,
			PlatformTransactionManager transactions) {
		super(AgreementService.ENTITY, Agreement.class, records, entityManager, transactions);
	}

}
