package vn.hoptac.delegations.internal;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

import vn.hoptac.delegations.Delegation;

public interface DelegationRepository extends JpaRepository<Delegation, Long>, JpaSpecificationExecutor<Delegation> {

	List<Delegation> findTop10ByPartnershipIdOrderById(Long partnershipId);

	List<Delegation> findByPlanItemIdInOrderByStartOn(Collection<Long> planItemIds);

	boolean existsByPlanItemIdIn(Collection<Long> planItemIds);

}
