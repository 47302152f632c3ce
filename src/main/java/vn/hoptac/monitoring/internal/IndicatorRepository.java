package vn.hoptac.monitoring.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

import vn.hoptac.monitoring.Indicator;

public interface IndicatorRepository extends JpaRepository<Indicator, Long> {

	List<Indicator> findByFrameworkIdOrderById(Long frameworkId);

	boolean existsByFrameworkId(Long frameworkId);

	boolean existsByResultId(Long resultId);

}
