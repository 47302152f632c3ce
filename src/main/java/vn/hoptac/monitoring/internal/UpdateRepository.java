package vn.hoptac.monitoring.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

import vn.hoptac.monitoring.IndicatorUpdate;

public interface UpdateRepository extends JpaRepository<IndicatorUpdate, Long> {

	List<IndicatorUpdate> findByIndicatorIdOrderById(Long indicatorId);

	boolean existsByPeriodId(Long periodId);

	boolean existsByIndicatorId(Long indicatorId);

}
