package vn.hoptac.delegations.internal;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

import vn.hoptac.delegations.DelegationPlan;

public interface DelegationPlanRepository
		extends JpaRepository<DelegationPlan, Long>, JpaSpecificationExecutor<DelegationPlan> {

	/** The plan that foresees the item. */
	@Query("select p from DelegationPlan p join p.items i where i.id = ?1")
	Optional<DelegationPlan> findByItemId(long itemId);

}
