package vn.hoptac.monitoring.internal;

import org.springframework.data.jpa.repository.JpaRepository;

import vn.hoptac.monitoring.ResultsFramework;

public interface FrameworkRepository extends JpaRepository<ResultsFramework, Long> {

	boolean existsByPlanId(Long planId);

}
