package vn.hoptac.geo.internal;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface LocalitySuccessionRepository extends JpaRepository<LocalitySuccession, Long> {

	List<LocalitySuccession> findBySuccessorId(Long successorId);

	List<LocalitySuccession> findByPredecessorId(Long predecessorId);

	boolean existsByPredecessorIdOrSuccessorId(Long predecessorId, Long successorId);

	/**
	 * The locality, every locality it succeeded and every one that succeeded it, each followed in its
	 * own direction (so two predecessors of one province are not each other's lineage).
	 */
	@Query(nativeQuery = true, value = """
			with recursive earlier(id) as (
			    select cast(:id as bigint)
			    union
			    select s.predecessor_id from locality_succession s join earlier e on s.successor_id = e.id),
			later(id) as (
			    select cast(:id as bigint)
			    union
			    select s.successor_id from locality_succession s join later l on s.predecessor_id = l.id)
			select id from earlier union select id from later""")
	List<Long> lineage(@Param("id") long id);

	/**
	 * The paths of the locality and of its predecessors, transitively, that existed at some time in
	 * [from, to]: a predecessor outside the period does not lead further back. One statement for
	 * what a walk would ask one succession at a time.
	 */
	@Query(nativeQuery = true, value = """
			with recursive history(id, path) as (
			    select l.id, l.path from locality l where l.id = :id
			    union
			    select p.id, p.path from locality_succession s
			    join history h on s.successor_id = h.id
			    join locality p on p.id = s.predecessor_id
			    where (p.valid_from is null or p.valid_from <= :to) and (p.valid_to is null or p.valid_to >= :from))
			select path from history""")
	List<String> historyPaths(@Param("id") long id, @Param("from") LocalDate from, @Param("to") LocalDate to);

}
