package vn.hoptac.agreements.internal;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

import vn.hoptac.agreements.Agreement;

public interface AgreementRepository extends JpaRepository<Agreement, Long>, JpaSpecificationExecutor<Agreement> {

	/** Agreements with a party that is one of these localities or organisations (one index lookup each). */
	@Query(value = "select distinct agreement_id from agreement_party where locality_id in (:localityIds) "
			+ "or organisation_id in (:organisationIds)", nativeQuery = true)
	List<Long> idsWithPartyIn(Collection<Long> localityIds, Collection<Long> organisationIds);

}
