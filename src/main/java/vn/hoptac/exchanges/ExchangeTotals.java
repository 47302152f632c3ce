package vn.hoptac.exchanges;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hoptac.shared.DatePrecision;

/**
 * Exchanges that started within a period and their persons by direction, summed by the database
 * for the reports. No reader's access applies: callers gather figures as the system.
 */
@Service
public class ExchangeTotals {

	/** Exchanges with a count in the direction, and the persons who took part in it. */
	public record Line(ExchangeDirection direction, long exchanges, long persons) {
	}

	/*
	 * Per exchange and direction, the persons counted for the year (or for the whole exchange when
	 * the source does not split it by year): the "all" counts where the source gives one, else the
	 * sexes'; completions are not participants.
	 */
	private static final String BY_DIRECTION = """
			with started as (
			    select e.id from exchange e
			    where e.owner_province_id in (:provinces) and e.start_on between :periodFrom and :periodTo
			      and e.start_precision in (:precisions)),
			per_exchange as (
			    select c.exchange_id, c.direction,
			           sum(case when c.sex = 'ALL' then c.count else 0 end * c.counted) all_persons,
			           sum(case when c.sex = 'ALL' then c.counted else 0 end) all_counts,
			           sum(c.count * c.counted) persons
			    from (select k.*, case when k.measure <> 'COMPLETED'
			                and (k.count_year is null or k.count_year = :year) then 1 else 0 end counted
			          from exchange_count k join started s on s.id = k.exchange_id) c
			    group by c.exchange_id, c.direction)
			select direction, count(*), coalesce(sum(case when all_counts > 0 then all_persons else persons end), 0)
			from per_exchange group by direction""";

	private final EntityManager entityManager;

	ExchangeTotals(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	/** By direction, over the exchanges the provinces keep that started within [from, to] (whole months). */
	@Transactional(readOnly = true)
	public List<Line> byDirection(Collection<Long> provinces, LocalDate from, LocalDate to, int year) {
		List<?> rows = entityManager.createNativeQuery(BY_DIRECTION)
			.setParameter("provinces", provinces.isEmpty() ? List.of(-1L) : provinces)
			.setParameter("periodFrom", from)
			.setParameter("periodTo", to)
			.setParameter("precisions", DatePrecision.wholeWithin(from, to).stream().map(Enum::name).toList())
			.setParameter("year", year)
			.getResultList();
		return rows.stream()
			.map(Object[].class::cast)
			.map(r -> new Line(ExchangeDirection.valueOf((String) r[0]), ((Number) r[1]).longValue(),
					((Number) r[2]).longValue()))
			.toList();
	}

}
