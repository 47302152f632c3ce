package vn.hoptac.geo.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface LocalitySuccessionRepository extends JpaRepository<LocalitySuccession, Long> {

	List<LocalitySuccession> findBySuccessorId(Long successorId);

	List<LocalitySuccession> findByPredecessorId(Long predecessorId);

	boolean existsByPredecessorIdOrSuccessorId(Long predecessorId, Long successorId);

}
