package vn.hoptac.partners.internal;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

import vn.hoptac.partners.Organisation;

public interface OrganisationRepository extends JpaRepository<Organisation, Long>, JpaSpecificationExecutor<Organisation> {

	@Query("select o.id from Organisation o where o.localityId in :localityIds")
	List<Long> idsAt(Collection<Long> localityIds);

	List<Organisation> findByIdIn(Collection<Long> ids);

}
