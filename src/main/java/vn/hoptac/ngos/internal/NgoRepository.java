package vn.hoptac.ngos.internal;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

import vn.hoptac.ngos.Ngo;

public interface NgoRepository extends JpaRepository<Ngo, Long>, JpaSpecificationExecutor<Ngo> {

	/** Whether another file on the NGO is kept by the province. */
	@Query("select count(n) > 0 from Ngo n where n.organisationId = ?1 and n.stewardship.provinceId = ?2 and n.id <> ?3")
	boolean existsOnFile(long organisationId, long provinceId, long exceptId);

}
