package vn.hoptac.monitoring;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The progress of the results frameworks the provinces keep in a period, counted by the database
 * for the reports as the IPTT reads it ({@link Iptt}): a period counts where it ends within the
 * report's period (its last day: a period known by year ends on 31 December) with an actual; it is
 * on target when its own % of target, rounded to a tenth, is 100 or more (direction-aware, for
 * comparable measures). No reader's access applies: callers gather figures as the system.
 */
@Service
public class IndicatorProgress {

	/**
	 * Frameworks with an indicator the provinces keep, their indicators, those with an actual for a
	 * period ending within the report's, and those of them at or above the target.
	 */
	public record Totals(long frameworks, long indicators, long reported, long onTarget) {
	}

	private static final String TOTALS = """
			with frameworks as (
			    select distinct framework_id id from indicator where owner_province_id in (:provinces)),
			indicators as (
			    select i.id, i.measure, i.ascending from indicator i join frameworks f on f.id = i.framework_id),
			reported as (
			    select p.indicator_id,
			           max(case when i.measure in ('UNIT', 'PERCENTAGE') and round(case when i.ascending
			                   then p.actual_value * 100 / nullif(p.target_value, 0)
			                   else p.target_value * 100 / nullif(p.actual_value, 0) end, 1) >= 100
			               then 1 else 0 end) on_target
			    from indicator_period p join indicators i on i.id = p.indicator_id
			    where (p.actual_value is not null or p.actual_text is not null)
			      and ((p.end_precision in ('YEAR', 'BEFORE_YEAR') and p.end_on between :yearFrom and :yearTo)
			        or (p.end_precision in ('MONTH', 'BEFORE_MONTH') and p.end_on between :monthFrom and :monthTo)
			        or (p.end_precision in ('DAY', 'BEFORE_DAY') and p.end_on between :periodFrom and :periodTo))
			    group by p.indicator_id)
			select (select count(*) from frameworks), (select count(*) from indicators),
			       (select count(*) from reported), (select coalesce(sum(on_target), 0) from reported)""";

	private final EntityManager entityManager;

	IndicatorProgress(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	/** Over the frameworks of the indicators the provinces keep, for periods ending within [from, to]. */
	@Transactional(readOnly = true)
	public Totals of(Collection<Long> provinces, LocalDate from, LocalDate to) {
		// a period stored by its first day ends within [from, to] when that day lies within these bounds
		LocalDate after = to.plusDays(1);
		Object[] row = (Object[]) entityManager.createNativeQuery(TOTALS)
			.setParameter("provinces", provinces.isEmpty() ? List.of(-1L) : provinces)
			.setParameter("yearFrom", from.withDayOfYear(1))
			.setParameter("yearTo", after.minusYears(1).withDayOfYear(1))
			.setParameter("monthFrom", from.withDayOfMonth(1))
			.setParameter("monthTo", after.minusMonths(1).withDayOfMonth(1))
			.setParameter("periodFrom", from)
			.setParameter("periodTo", to)
			.getSingleResult();
		return new Totals(number(row[0]), number(row[1]), number(row[2]), number(row[3]));
	}

	private static long number(Object value) {
		return ((Number) value).longValue();
	}

}
