package vn.hoptac.shared;

import java.time.LocalDate;
import java.util.ArrayList;
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

import org.hibernate.query.criteria.HibernateCriteriaBuilder;
import org.hibernate.query.criteria.JpaCriteriaQuery;
import org.hibernate.query.criteria.JpaCteCriteria;
import org.hibernate.query.criteria.JpaRoot;
import org.hibernate.sql.ast.tree.cte.CteMaterialization;
import org.springframework.data.jpa.domain.Specification;

/**
 * The latest dated record of a type per partnership, for a {@link PartnershipActivitySource}, in one
 * statement over the partnerships in scope (a province's or the nation's by a condition): the database
 * groups the matching rows by partnership (latest date, number of distinct records) and returns only
 * the rows on those latest dates, with their id and title. The reader's access applies. A record read
 * through a collection (an agreement's actions) counts once.
 */
public final class LatestPerPartnership<T> {

	/** The columns of the grouping by partnership. */
	private static final String PARTNERSHIP = "partnership";

	private static final String LATEST = "latest";

	private static final String RECORDS = "records";

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
	public List<PartnershipSignal> signals(ActivityKind kind, PartnershipScope scope, LocalDate today, SignalDepth depth,
			BiFunction<Root<T>, CriteriaBuilder, Expression<LocalDate>> date, Specification<T> filters) {
		Specification<T> all = filters.and(Access.readable());
		return latest(entityManager, kind, entity, path, depth, day -> day, (query, cb) -> {
			Root<T> root = query.from(type);
			Expression<Long> partnership = root.get("partnershipId");
			Expression<LocalDate> dated = date.apply(root, cb);
			List<Predicate> where = new ArrayList<>(List.of(cb.lessThanOrEqualTo(dated, today)));
			Predicate restriction = all.toPredicate(root, query, cb);
			if (restriction != null) {
				where.add(restriction);
			}
			return new Columns<>(partnership, dated, root.get("id"), root.get("title"),
					detail == null ? null : root.get(detail), where, scope.contains(partnership, query, cb));
		});
	}

	/** The rows the reading matches that belong to a partnership in scope (a scope of every partnership leaves out none). */
	private static Predicate[] inScope(Columns<?> columns, CriteriaBuilder cb) {
		List<Predicate> where = new ArrayList<>(columns.where());
		where.add(cb.isNotNull(columns.partnership()));
		if (columns.inScope() != null) {
			where.add(columns.inScope());
		}
		return where.toArray(Predicate[]::new);
	}

	/**
	 * What a query reads of the matching rows, as expressions over its roots and joins.
	 * @param partnership the row's partnership
	 * @param date the row's date (a day, or an instant)
	 * @param recordId the record a signal names and counts
	 * @param title the record's title
	 * @param detail what the signal carries as its detail, or null
	 * @param where what a matching row is: dated on or before today, readable
	 * @param inScope that the row's partnership is in scope, or null for every partnership: asked once, by
	 *        the grouping (a province's scope may name a thousand ids)
	 */
	public record Columns<D extends Comparable<? super D>>(Expression<Long> partnership, Expression<D> date,
			Expression<Long> recordId, Expression<String> title, Expression<?> detail, List<Predicate> where,
			Predicate inScope) {
	}

	/** Adds the query's roots and joins and says what it reads of them. */
	@FunctionalInterface
	public interface Reading<D extends Comparable<? super D>> {

		Columns<D> read(CriteriaQuery<Tuple> query, CriteriaBuilder cb);

	}

	/**
	 * One signal per partnership among the rows the reading matches, in one statement: a common table
	 * expression groups the matching rows by partnership (latest date, distinct records), and only the
	 * rows on each partnership's latest date are read with it, for the latest record (the highest id on
	 * a day with several). A partnership with years of records thus costs a row or two, not all of them.
	 * At {@link SignalDepth#STATE} a kind without a detail is the grouping alone, without the count
	 * (distinct records sorted per partnership) or the rows read again.
	 * @param day the day of a row's date
	 */
	public static <D extends Comparable<? super D>> List<PartnershipSignal> latest(EntityManager entityManager,
			ActivityKind kind, String entity, String path, SignalDepth depth, Function<D, LocalDate> day,
			Reading<D> reading) {
		HibernateCriteriaBuilder cb = (HibernateCriteriaBuilder) entityManager.getCriteriaBuilder();
		JpaCriteriaQuery<Tuple> grouped = cb.createTupleQuery();
		Columns<D> g = reading.read(grouped, cb);
		if (depth == SignalDepth.STATE && g.detail() == null) {
			return latestDates(entityManager, kind, day, grouped, g);
		}
		grouped.multiselect(g.partnership().alias(PARTNERSHIP), cb.greatest(g.date()).alias(LATEST),
				cb.countDistinct(g.recordId()).alias(RECORDS))
			.where(inScope(g, cb))
			.groupBy(g.partnership());
		JpaCriteriaQuery<Tuple> rows = cb.createTupleQuery();
		JpaCteCriteria<Tuple> perPartnership = rows.with(grouped);
		// computed once: PostgreSQL would otherwise inline the grouping into a parallel plan, each worker
		// grouping every row again (the agreements' 54,000 actions three times over on two cores)
		perPartnership.setMaterialization(CteMaterialization.MATERIALIZED);
		Columns<D> r = reading.read(rows, cb);
		JpaRoot<Tuple> latestOf = rows.from(perPartnership);
		List<Predicate> where = new ArrayList<>(r.where());
		where.add(cb.equal(r.partnership(), latestOf.get(PARTNERSHIP)));
		where.add(cb.equal(r.date(), latestOf.get(LATEST)));
		rows.multiselect(r.partnership(), r.date(), r.recordId(), r.title(),
				r.detail() == null ? r.recordId() : r.detail(), latestOf.get(RECORDS))
			.where(where.toArray(Predicate[]::new));
		Map<Long, Tuple> latest = new LinkedHashMap<>();
		for (Tuple row : entityManager.createQuery(rows).getResultList()) {
			Long partnership = row.get(0, Long.class);
			Tuple kept = latest.get(partnership);
			if (kept == null || kept.get(2, Long.class) < row.get(2, Long.class)) {
				latest.put(partnership, row);
			}
		}
		List<PartnershipSignal> signals = new ArrayList<>(latest.size());
		latest.forEach((id, row) -> {
			@SuppressWarnings("unchecked")
			D date = (D) row.get(1);
			long recordId = row.get(2, Long.class);
			String detail = r.detail() == null || row.get(4) == null ? null : row.get(4).toString();
			signals.add(new PartnershipSignal(id, kind, day.apply(date), row.get(5, Long.class),
					new RecordRef(entity, recordId, row.get(3, String.class), path + recordId), detail));
		});
		return signals;
	}

	/** The latest date per partnership, from the grouping alone: signals without a count or a record. */
	private static <D extends Comparable<? super D>> List<PartnershipSignal> latestDates(EntityManager entityManager,
			ActivityKind kind, Function<D, LocalDate> day, JpaCriteriaQuery<Tuple> grouped, Columns<D> g) {
		CriteriaBuilder cb = entityManager.getCriteriaBuilder();
		grouped.multiselect(g.partnership(), cb.greatest(g.date())).where(inScope(g, cb)).groupBy(g.partnership());
		List<PartnershipSignal> signals = new ArrayList<>();
		for (Tuple row : entityManager.createQuery(grouped).getResultList()) {
			@SuppressWarnings("unchecked")
			D date = (D) row.get(1);
			signals.add(new PartnershipSignal(row.get(0, Long.class), kind, day.apply(date), 0, null, null));
		}
		return signals;
	}

}
