package vn.hoptac.partners.internal;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

import vn.hoptac.partners.Partnership;

public interface PartnershipRepository extends JpaRepository<Partnership, Long>, JpaSpecificationExecutor<Partnership> {

	boolean existsByVnOrganisationIdOrForeignOrganisationId(Long vnOrganisationId, Long foreignOrganisationId);

}
