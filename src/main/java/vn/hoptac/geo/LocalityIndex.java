package vn.hoptac.geo;

import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

import vn.hoptac.geo.internal.LocalityRepository;
import vn.hoptac.shared.RecordIndex;

/** The locality list index, kept current by every write of LocalityService. */
@Component
class LocalityIndex extends RecordIndex<Locality> {

	LocalityIndex(LocalityRepository records, EntityManager entityManager,
			PlatformTransactionManager transactions) {
		super(LocalityService.ENTITY, Locality.class, records, entityManager, transactions);
	}

}
