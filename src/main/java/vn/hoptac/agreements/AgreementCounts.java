package vn.hoptac.agreements;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hoptac.shared.ProvinceTally;

/** Agreements counted for the reports, by keeping province (callers gather figures as the system). */
@Service
public class AgreementCounts {

	private final EntityManager entityManager;

	AgreementCounts(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	/** Agreements signed within the period (a date known only to the year: in a whole year's period). */
	@Transactional(readOnly = true)
	public Map<Long, Long> signed(Collection<Long> provinces, LocalDate from, LocalDate to) {
		return ProvinceTally.counts(entityManager, "Agreement", ProvinceTally.within("signedOn", "signedPrecision"),
				ProvinceTally.period(from, to, true), provinces);
	}

	/** Agreements extended or amended by an action dated within the period. */
	@Transactional(readOnly = true)
	public Map<Long, Long> renewed(Collection<Long> provinces, LocalDate from, LocalDate to) {
		return ProvinceTally.counts(entityManager, "Agreement", """
				exists (select 1 from Agreement same join same.actions a where same.id = r.id
				  and a.type in :renewals and a.date between :periodFrom and :periodTo)""",
				Map.of("renewals", List.of(ActionType.EXTENDED, ActionType.AMENDED), "periodFrom", from, "periodTo", to),
				provinces);
	}

	/** Agreements that expire within the period. */
	@Transactional(readOnly = true)
	public Map<Long, Long> expiring(Collection<Long> provinces, LocalDate from, LocalDate to) {
		return ProvinceTally.counts(entityManager, "Agreement", ProvinceTally.within("expiresOn", null),
				ProvinceTally.period(from, to, false), provinces);
	}

}
