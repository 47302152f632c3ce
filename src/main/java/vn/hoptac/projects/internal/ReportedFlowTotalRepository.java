package vn.hoptac.projects.internal;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

import vn.hoptac.projects.ReportedFlowTotal;

public interface ReportedFlowTotalRepository
		extends JpaRepository<ReportedFlowTotal, Long>, JpaSpecificationExecutor<ReportedFlowTotal> {

}
