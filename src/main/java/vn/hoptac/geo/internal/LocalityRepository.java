package vn.hoptac.geo.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

import vn.hoptac.geo.Locality;
import vn.hoptac.geo.LocalityName;

public interface LocalityRepository extends JpaRepository<Locality, Long>, JpaSpecificationExecutor<Locality> {

	Optional<Locality> findByCode(String code);

	boolean existsByCode(String code);

	boolean existsByParentId(Long parentId);

	@Query("""
			select new vn.hoptac.geo.LocalityName(l.id, l.names.vi, l.names.en, l.names.ko, l.names.nativeName, l.country)
			from Locality l where l.id in :ids""")
	List<LocalityName> namesByIdIn(Collection<Long> ids);

}
