package vn.hoptac.shared;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;

import org.springframework.data.jpa.domain.Specification;

/**
 * The latest dated record of a type per partnership, for a {@link PartnershipActivitySource}, in two
 * queries over the partnerships in scope (a province's or the nation's by a condition, not a list of
 * ids): the database groups the matching rows by partnership (latest date, number of distinct
 * records), then only the rows on those latest dates are read for their id and title. The reader's access applies. A record read
 * through a collection (an agreement's actions) counts once.
 */
public final class LatestPerPartnership<T> {

	private final EntityManager entityManager;

	private final Class<T> type;

	private final String entity;

	private final String path;

	/** The attribute whose value a signal carries as its detail (a review's conclusion), or null. */
	private final String detail;

	private LatestPerPartnership(EntityManager entityManager, Class<T> type, String entity, String path,
			String detail) {
		this.entityManager = entityManager;
		this.type = type;
		this.entity = entity;
		this.path = path;
		this.detail = detail;
	}

	/**
	 * @param entity the record type as {@link ChangeRecorder} names it
	 * @param path the path of the records' pages ("/delegations/"), to which the id is appended
	 */
	public static <T> LatestPerPartnership<T> of(EntityManager entityManager, Class<T> type, String entity,
			String path) {
		return new LatestPerPartnership<>(entityManager, type, entity, path, null);
	}

	/** Signals that carry the latest record's value of the attribute as their detail. */
	public LatestPerPartnership<T> withDetail(String attribute) {
		return new LatestPerPartnership<>(entityManager, type, entity, path, attribute);
	}

	/**
	 * One signal per partnership in scope that has a matching record dated on or before {@code today}.
	 * @param date the date of a row (an attribute, or one reached through a join)
	 * @param filters what else a record must be (held, in implementation); the reader's access is added
	 */
	public List<PartnershipSignal> signals(ActivityKind kind, PartnershipScope scope, LocalDate today,
			BiFunction<Root<T>, CriteriaBuilder, Expression<LocalDate>> date, Specification<T> filters) {
		Specification<T> all = filters.and(Access.readable());
		return latest(entityManager, kind, entity, path, day -> day, (query, cb) -> {
			Root<T> root = query.from(type);
			Expression<Long> partnership = root.get("partnershipId");
			Expression<LocalDate> dated = date.apply(root, cb);
			List<Predicate> where = new ArrayList<>(List.of(cb.lessThanOrEqualTo(dated, today)));
			Predicate inScope = scope.contains(partnership, query, cb);
			if (inScope != null) {
				where.add(inScope);
			}
			Predicate restriction = all.toPredicate(root, query, cb);
			if (restriction != null) {
				where.add(restriction);
			}
			return new Columns<>(partnership, dated, root.get("id"), root.get("title"),
					detail == null ? null : root.get(detail), where);
		});
	}

	/** The rows the reading matches that belong to a partnership (a scope of every partnership leaves out none). */
	private static Predicate[] ofPartnership(Columns<?> columns, CriteriaBuilder cb) {
		List<Predicate> where = new ArrayList<>(columns.where());
		where.add(cb.isNotNull(columns.partnership()));
		return where.toArray(Predicate[]::new);
	}

	/**
	 * What a query reads of the matching rows, as expressions over its roots and joins.
	 * @param partnership the row's partnership
	 * @param date the row's date (a day, or an instant)
	 * @param recordId the record a signal names and counts
	 * @param title the record's title
	 * @param detail what the signal carries as its detail, or null
	 * @param where what a matching row is: of the partnerships in scope, dated on or before today, readable
	 */
	public record Columns<D extends Comparable<? super D>>(Expression<Long> partnership, Expression<D> date,
			Expression<Long> recordId, Expression<String> title, Expression<?> detail, List<Predicate> where) {
	}

	/** Adds the query's roots and joins and says what it reads of them. */
	@FunctionalInterface
	public interface Reading<D extends Comparable<? super D>> {

		Columns<D> read(CriteriaQuery<Tuple> query, CriteriaBuilder cb);

	}

	/**
	 * One signal per partnership among the rows the reading matches: grouped in the database (latest
	 * date, distinct records), then the rows on the latest dates read for the latest record (the
	 * highest id on a day with several).
	 * @param day the day of a row's date
	 */
	public static <D extends Comparable<? super D>> List<PartnershipSignal> latest(EntityManager entityManager,
			ActivityKind kind, String entity, String path, Function<D, LocalDate> day, Reading<D> reading) {
		CriteriaBuilder cb = entityManager.getCriteriaBuilder();
		CriteriaQuery<Tuple> grouped = cb.createTupleQuery();
		Columns<D> g = reading.read(grouped, cb);
		grouped.multiselect(g.partnership(), cb.greatest(g.date()), cb.countDistinct(g.recordId()))
			.where(ofPartnership(g, cb))
			.groupBy(g.partnership());
		Map<Long, Object> latestDate = new HashMap<>();
		Map<Long, Long> counts = new HashMap<>();
		for (Tuple row : entityManager.createQuery(grouped).getResultList()) {
			latestDate.put(row.get(0, Long.class), row.get(1));
			counts.put(row.get(0, Long.class), row.get(2, Long.class));
		}
		if (latestDate.isEmpty()) {
			return List.of();
		}
		CriteriaQuery<Tuple> rows = cb.createTupleQuery();
		Columns<D> r = reading.read(rows, cb);
		rows.multiselect(r.partnership(), r.date(), r.recordId(), r.title(),
				r.detail() == null ? r.recordId() : r.detail())
			.where(cb.and(ofPartnership(r, cb)), r.date().in(new HashSet<>(latestDate.values())));
		Map<Long, Tuple> latest = new LinkedHashMap<>();
		for (Tuple row : entityManager.createQuery(rows).getResultList()) {
			Long partnership = row.get(0, Long.class);
			Tuple kept = latest.get(partnership);
			if (row.get(1).equals(latestDate.get(partnership))
					&& (kept == null || kept.get(2, Long.class) < row.get(2, Long.class))) {
				latest.put(partnership, row);
			}
		}
		List<PartnershipSignal> signals = new ArrayList<>();
		latest.forEach((id, row) -> {
			@SuppressWarnings("unchecked")
			D date = (D) row.get(1);
			long recordId = row.get(2, Long.class);
			String detail = r.detail() == null || row.get(4) == null ? null : row.get(4).toString();
			signals.add(new PartnershipSignal(id, kind, day.apply(date), counts.get(id),
					new RecordRef(entity, recordId, row.get(3, String.class), path + recordId), detail));
		});
		return signals;
	}

}
