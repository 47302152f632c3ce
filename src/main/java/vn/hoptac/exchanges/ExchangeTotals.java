package vn.hoptac.exchanges;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hoptac.shared.DatePrecision;

/**
 * Exchanges that started within a period and their persons by direction, and the persons of
 * given exchanges, summed by the database for the reports. No reader's access applies: callers gather figures as the system.
 */
@Service
public class ExchangeTotals {

	/** Exchanges with a count in the direction, and the persons who took part in it. */
	public record Line(ExchangeDirection direction, long exchanges, long persons) {
	}

	/** The persons who took part in one exchange, out and in. */
	public record Persons(long exchangeId, long outbound, long inbound) {
	}

	/*
	 * Per exchange and direction, the persons counted for the year (or for the whole exchange when
	 * the source does not split it by year; every year when :everyYear is 1): the "all" counts where
	 * the source gives one, else the sexes'; completions are not participants.
	 */
	private static final String PER_EXCHANGE = """
			per_exchange as (
			    select c.exchange_id, c.direction,
			           sum(case when c.sex = 'ALL' then c.count else 0 end * c.counted) all_persons,
			           sum(case when c.sex = 'ALL' then c.counted else 0 end) all_counts,
			           sum(c.count * c.counted) persons
			    from (select k.*, case when k.measure <> 'COMPLETED'
			                and (k.count_year is null or k.count_year = :year or :everyYear = 1) then 1 else 0 end counted
			          from exchange_count k join chosen s on s.id = k.exchange_id) c
			    group by c.exchange_id, c.direction)
			""";

	private static final String PERSONS = "case when all_counts > 0 then all_persons else persons end";

	private static final String BY_DIRECTION = """
			with chosen as (
			    select e.id from exchange e
			    where e.owner_province_id in (:provinces) and e.start_on between :periodFrom and :periodTo
			      and e.start_precision in (:precisions)),
			""" + PER_EXCHANGE + """
			select direction, count(*), coalesce(sum(%s), 0)
			from per_exchange group by direction""".formatted(PERSONS);

	private static final String BY_EXCHANGE = """
			with chosen as (select e.id from exchange e where e.id in (:ids)),
			""" + PER_EXCHANGE + """
			select exchange_id,
			       coalesce(sum(case when direction = 'OUTBOUND' then %1$s end), 0),
			       coalesce(sum(case when direction = 'INBOUND' then %1$s end), 0)
			from per_exchange group by exchange_id""".formatted(PERSONS);

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
			.setParameter("everyYear", 0)
			.getResultList();
		return rows.stream()
			.map(Object[].class::cast)
			.map(r -> new Line(ExchangeDirection.valueOf((String) r[0]), ((Number) r[1]).longValue(),
					((Number) r[2]).longValue()))
			.toList();
	}

	/**
	 * The persons who took part in each of the exchanges, out and in, over every year of it (an
	 * exchange without counts has no line). The caller chose the exchanges the reader may read.
	 */
	@Transactional(readOnly = true)
	public Map<Long, Persons> personsOf(Collection<Long> exchangeIds) {
		if (exchangeIds.isEmpty()) {
			return Map.of();
		}
		List<?> rows = entityManager.createNativeQuery(BY_EXCHANGE)
			.setParameter("ids", exchangeIds)
			.setParameter("year", 0)
			.setParameter("everyYear", 1)
			.getResultList();
		return rows.stream()
			.map(Object[].class::cast)
			.map(r -> new Persons(((Number) r[0]).longValue(), ((Number) r[1]).longValue(), ((Number) r[2]).longValue()))
			.collect(Collectors.toMap(Persons::exchangeId, p -> p));
	}

}
