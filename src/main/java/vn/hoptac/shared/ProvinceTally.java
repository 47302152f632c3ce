package vn.hoptac.shared;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

/**
 * Sums over a record type by the province that keeps it, in one JPQL query: what the modules'
 * typed report queries share ({@code r} is the record in the select and the condition). No reader's
 * access applies: callers gather figures as the system.
 */
public final class ProvinceTally {

	private ProvinceTally() {
	}

	/**
	 * Rows of the keeping province, then the selected values, grouped by province (and by
	 * {@code groupBy} when not null), over the records that meet the condition and that the provinces
	 * keep (null: every province).
	 */
	public static List<Object[]> rows(EntityManager entityManager, String entity, String select, String condition,
			String groupBy, Map<String, ?> parameters, Collection<Long> provinces) {
		// the provinces' clause only when there is one: a plan for "every province or these" cannot use
		// the index on the keeping province once PostgreSQL switches to a generic plan
		Query query = entityManager.createQuery("select r.stewardship.provinceId, " + select + " from " + entity
				+ " r where (" + condition + ")" + (provinces == null ? "" : " and r.stewardship.provinceId in :provinces")
				+ " group by r.stewardship.provinceId" + (groupBy == null ? "" : ", " + groupBy));
		parameters.forEach(query::setParameter);
		if (provinces != null) {
			query.setParameter("provinces", provinces.isEmpty() ? List.of(-1L) : provinces);
		}
		return query.getResultList().stream().map(Object[].class::cast).toList();
	}

	/** How many records meet the condition, by keeping province (see {@link #rows}). */
	public static Map<Long, Long> counts(EntityManager entityManager, String entity, String condition,
			Map<String, ?> parameters, Collection<Long> provinces) {
		Map<Long, Long> counts = new java.util.HashMap<>();
		rows(entityManager, entity, "count(r)", condition, null, parameters, provinces)
			.forEach(row -> counts.put((Long) row[0], number(row[1])));
		return counts;
	}

	/** The condition that the date attribute lies wholly within the period, with its precision ({@link DatePrecision#wholeWithin}). */
	public static String within(String day, String precision) {
		return "r." + day + " between :periodFrom and :periodTo"
				+ (precision == null ? "" : " and r." + precision + " in :precisions");
	}

	/** The parameters of {@link #within}. */
	public static Map<String, Object> period(LocalDate from, LocalDate to, boolean precise) {
		return precise ? Map.of("periodFrom", from, "periodTo", to, "precisions", DatePrecision.wholeWithin(from, to))
				: Map.of("periodFrom", from, "periodTo", to);
	}

	/** Two sums added, null where neither has a value (as SQL sums them). */
	public static Long plus(Long a, Long b) {
		if (a == null) {
			return b;
		}
		return b == null ? a : Long.valueOf(a + b);
	}

	/** A count or sum as the database gives it (null: no value to sum). */
	public static Long number(Object value) {
		return value == null ? null : ((Number) value).longValue();
	}

}
