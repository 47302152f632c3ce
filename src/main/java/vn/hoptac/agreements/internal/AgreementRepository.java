package vn.hoptac.agreements.internal;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import vn.hoptac.agreements.Agreement;

public interface AgreementRepository extends JpaRepository<Agreement, Long>, JpaSpecificationExecutor<Agreement> {

	java.util.List<Agreement> findTop10ByPartnershipIdOrderById(Long partnershipId);

	/** The parties of these agreements in their order, each as (agreement id, party): one query for a page of an export. */
	@Query("select a.id, p from Agreement a join a.parties p where a.id in :ids order by a.id, index(p)")
	java.util.List<Object[]> partiesOf(@Param("ids") java.util.Collection<Long> ids);

}
