package vn.hoptac.partners.internal;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

import vn.hoptac.partners.Partnership;

public interface PartnershipRepository extends JpaRepository<Partnership, Long>, JpaSpecificationExecutor<Partnership> {

	/** Partnerships between the same parties at the same level (a missing party id matches a missing one). */
	java.util.List<Partnership> findByLevelAndVnLocalityIdAndVnOrganisationIdAndForeignLocalityIdAndForeignOrganisationIdOrderById(
			vn.hoptac.partners.PartnershipLevel level, Long vnLocalityId, Long vnOrganisationId, Long foreignLocalityId,
			Long foreignOrganisationId);

	boolean existsByVnOrganisationIdOrForeignOrganisationId(Long vnOrganisationId, Long foreignOrganisationId);

}
