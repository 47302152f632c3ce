package vn.hoptac.agreements.internal;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

import vn.hoptac.agreements.Agreement;

public interface AgreementRepository extends JpaRepository<Agreement, Long>, JpaSpecificationExecutor<Agreement> {

	java.util.List<Agreement> findTop10ByPartnershipIdOrderById(Long partnershipId);

}
