package vn.hoptac.events.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

import vn.hoptac.events.Award;

public interface AwardRepository extends JpaRepository<Award, Long>, JpaSpecificationExecutor<Award> {

	List<Award> findByMembershipIdOrderByAwardedOnAscIdAsc(Long membershipId);

	List<Award> findByEventIdOrderByAwardedOnAscIdAsc(Long eventId);

	boolean existsByMembershipId(Long membershipId);

	boolean existsByEventId(Long eventId);

}
