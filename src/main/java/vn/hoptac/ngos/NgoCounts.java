package vn.hoptac.ngos;

import java.util.Collection;
import java.util.Map;

import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hoptac.shared.ProvinceTally;

/** Foreign NGOs counted for the reports, by keeping province (callers gather figures as the system). */
@Service
public class NgoCounts {

	private final EntityManager entityManager;

	NgoCounts(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	/** NGOs active now. */
	@Transactional(readOnly = true)
	public Map<Long, Long> active(Collection<Long> provinces) {
		return ProvinceTally.counts(entityManager, "Ngo", "r.status = :active", Map.of("active", NgoStatus.ACTIVE),
				provinces);
	}

}
