package vn.hoptac.delegations.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

import vn.hoptac.delegations.ReportedTotal;

public interface ReportedTotalRepository extends JpaRepository<ReportedTotal, Long>, JpaSpecificationExecutor<ReportedTotal> {

	List<ReportedTotal> findTop10ByPartnershipIdOrderById(Long partnershipId);

}
