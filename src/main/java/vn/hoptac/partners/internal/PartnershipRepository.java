package vn.hoptac.partners.internal;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

import vn.hoptac.partners.Partnership;
import vn.hoptac.shared.IndexedRepository;

public interface PartnershipRepository extends JpaRepository<Partnership, Long>, JpaSpecificationExecutor<Partnership>,
		IndexedRepository<Partnership> {

	boolean existsByVnOrganisationIdOrForeignOrganisationId(Long vnOrganisationId, Long foreignOrganisationId);

}
