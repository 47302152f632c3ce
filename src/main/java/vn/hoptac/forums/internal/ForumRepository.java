package vn.hoptac.forums.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

import vn.hoptac.forums.Forum;

public interface ForumRepository extends JpaRepository<Forum, Long>, JpaSpecificationExecutor<Forum> {

	List<Forum> findTop10ByPartnershipIdOrderById(Long partnershipId);

}
