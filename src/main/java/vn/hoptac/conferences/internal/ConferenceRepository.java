package vn.hoptac.conferences.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

import vn.hoptac.conferences.Conference;

public interface ConferenceRepository extends JpaRepository<Conference, Long>, JpaSpecificationExecutor<Conference> {

	List<Conference> findTop10ByPartnershipIdOrderById(Long partnershipId);

}
