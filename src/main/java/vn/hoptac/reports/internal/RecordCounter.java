package vn.hoptac.reports.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.Predicate;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;

import vn.hoptac.shared.DatePrecision;
import vn.hoptac.shared.Facet;
import vn.hoptac.shared.GroupStats;
import vn.hoptac.shared.RecordList;

/**
 * Counts and sums over a record type's list (the shared {@link RecordList}, under the reader's
 * access), restricted to the records a province keeps: the one way every section of a report asks
 * the database, whatever the record type.
 */
@Component
class RecordCounter {

	private static final int PAGE = 500;

	private final EntityManager entityManager;

	RecordCounter(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	/**
	 * Records the province keeps whose date lies wholly within the period. A date is stored as the
	 * first day of the period the sources give ({@link DatePrecision}): a month counts in the half
	 * it falls in (report periods are whole months), a year only in the year's report, and a bound
	 * ("on or before 2021") in none. The precision is the attribute named like the day's
	 * ({@code signedOn} → {@code signedPrecision}); a type without one keeps full dates.
	 */
	static <T> Specification<T> keptWithin(long provinceId, String dayAttribute, LocalDate from, LocalDate to) {
		return RecordCounter.<T>keptBy(provinceId).and(within(dayAttribute, from, to));
	}

	/** Records of every province whose date lies wholly within the period (see {@link #keptWithin}). */
	static <T> Specification<T> within(String dayAttribute, LocalDate from, LocalDate to) {
		String precisionAttribute = dayAttribute.replaceFirst("On$", "Precision");
		boolean wholeYear = from.getDayOfYear() == 1 && to.equals(from.withDayOfYear(from.lengthOfYear()));
		List<DatePrecision> whole = wholeYear ? List.of(DatePrecision.DAY, DatePrecision.MONTH, DatePrecision.YEAR)
				: List.of(DatePrecision.DAY, DatePrecision.MONTH);
		return (root, query, cb) -> {
			Predicate inside = cb.between(root.get(dayAttribute), from, to);
			boolean precise = root.getModel().getAttributes().stream().anyMatch(a -> a.getName().equals(precisionAttribute));
			return precise ? cb.and(inside, root.get(precisionAttribute).in(whole)) : inside;
		};
	}

	/** The records that pass the filter, counted by the province that keeps them. */
	<T> Map<Long, Long> countByProvince(Class<T> type, Specification<T> filter) {
		return countBy(type, "stewardship.provinceId", Long.class, filter);
	}

	static <T> Specification<T> keptBy(long provinceId) {
		return (root, query, cb) -> cb.equal(root.get("stewardship").get("provinceId"), provinceId);
	}

	<T> long count(Class<T> type, Specification<T> filter) {
		return countBy(type, "stewardship.provinceId", Long.class, filter).values().stream().mapToLong(Long::longValue).sum();
	}

	<T, K> Map<K, Long> countBy(Class<T> type, String attribute, Class<K> keyType, Specification<T> filter) {
		return RecordList.of(type, entityManager).guarded().countsBy(attribute, keyType, filter);
	}

	/** The count and the sums of the numeric attributes over the records that pass the filter. */
	<T> GroupStats.Row stats(Class<T> type, List<String> sums, Specification<T> filter) {
		List<GroupStats.Row> rows = RecordList.of(type, entityManager)
			.guarded()
			.statsBy(List.of(Facet.value("province", "stewardship.provinceId")), sums, filter);
		return rows.isEmpty() ? new GroupStats.Row(List.of(), 0, Map.of(), Map.of()) : rows.get(0);
	}

	/** Every record that passes the filter, read page after page. */
	<T> List<T> all(Class<T> type, Specification<T> filter) {
		RecordList<T> list = RecordList.of(type, entityManager).guarded();
		List<T> found = new ArrayList<>();
		for (int page = 0;; page++) {
			Slice<T> slice = list.page(filter, null, PageRequest.of(page, PAGE));
			found.addAll(slice.getContent());
			if (slice.getContent().size() < PAGE) {
				return found;
			}
		}
	}

	static BigDecimal orZero(BigDecimal value) {
		return value == null ? BigDecimal.ZERO : value;
	}

}
