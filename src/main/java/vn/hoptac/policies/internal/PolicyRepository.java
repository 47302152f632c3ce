package vn.hoptac.policies.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

import vn.hoptac.policies.PolicyDocument;

public interface PolicyRepository extends JpaRepository<PolicyDocument, Long>, JpaSpecificationExecutor<PolicyDocument> {

	List<PolicyDocument> findBySupersededByIdOrderByIssuedOnAscIdAsc(Long supersededById);

}
