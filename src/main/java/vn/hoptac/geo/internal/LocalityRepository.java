package vn.hoptac.geo.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

import vn.hoptac.geo.Locality;

public interface LocalityRepository extends JpaRepository<Locality, Long>, JpaSpecificationExecutor<Locality> {

	Optional<Locality> findByCode(String code);

	boolean existsByCode(String code);

	boolean existsByParentId(Long parentId);

	List<Locality> findByIdIn(Collection<Long> ids);

}
