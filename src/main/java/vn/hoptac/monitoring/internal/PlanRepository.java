package vn.hoptac.monitoring.internal;

import org.springframework.data.jpa.repository.JpaRepository;

import vn.hoptac.monitoring.CooperationPlan;

public interface PlanRepository extends JpaRepository<CooperationPlan, Long> {

}
