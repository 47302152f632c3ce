package vn.hoptac.reports.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

import vn.hoptac.reports.Report;
import vn.hoptac.reports.ReportKind;
import vn.hoptac.reports.ReportStatus;

public interface ReportRepository extends JpaRepository<Report, Long> {

	/** The latest version of a province's report for the period. */
	Optional<Report> findFirstByProvinceIdAndKindAndPeriodYearAndPeriodHalfOrderByNumberDesc(Long provinceId,
			ReportKind kind, int periodYear, int periodHalf);

	/** Every province's versions of the period in a status, each province's latest first. */
	List<Report> findByKindAndPeriodYearAndPeriodHalfAndStatusOrderByProvinceIdAscNumberDesc(ReportKind kind,
			int periodYear, int periodHalf, ReportStatus status);

}
