package vn.hoptac.exchanges.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

import vn.hoptac.exchanges.Exchange;

public interface ExchangeRepository extends JpaRepository<Exchange, Long>, JpaSpecificationExecutor<Exchange> {

	List<Exchange> findTop10ByPartnershipIdOrderById(Long partnershipId);

}
