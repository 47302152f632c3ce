package vn.hoptac.shared;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CommonAbstractCriteria;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;

import org.hibernate.query.criteria.HibernateCriteriaBuilder;
import org.springframework.data.jpa.domain.Specification;

/**
 * Query pieces for the list filters ({@link RecordList}) and other database queries; null values mean
 * "any", and a piece given none is {@link Specification#unrestricted()} itself, so that a list can
 * tell without building a query that no filter holds a value ({@link #holdsNoValue}).
 */
public final class Specs {

	private static final Specification<?> UNRESTRICTED = Specification.unrestricted();

	private Specs() {
	}

	/**
	 * Whether the filter is known to restrict nothing: {@link Specification#unrestricted()}, which
	 * every piece here and the modules' own filters return for a filter without a value.
	 */
	public static boolean holdsNoValue(Specification<?> filter) {
		return filter == null || filter == UNRESTRICTED;
	}

	public static <T> Specification<T> equalTo(String attribute, Object value) {
		return value == null ? Specification.unrestricted() : (root, cq, cb) -> cb.equal(root.get(attribute), value);
	}

	public static <T> Specification<T> in(String attribute, Collection<?> values) {
		return values == null ? Specification.unrestricted() : (root, cq, cb) -> root.get(attribute).in(values);
	}

	/** The attribute is at least the value (e.g. changed since an instant). */
	public static <T, V extends Comparable<? super V>> Specification<T> atLeast(String attribute, V value) {
		return value == null ? Specification.unrestricted()
				: (root, cq, cb) -> cb.greaterThanOrEqualTo(root.get(attribute), value);
	}

	/** The record's period [from, to] (open ends allowed) includes the day. */
	public static <T> Specification<T> inForceOn(String fromAttribute, String toAttribute, LocalDate day) {
		return day == null ? Specification.unrestricted()
				: (root, cq, cb) -> cb.and(
						cb.or(cb.isNull(root.get(fromAttribute)), cb.lessThanOrEqualTo(root.get(fromAttribute), day)),
						cb.or(cb.isNull(root.get(toAttribute)), cb.greaterThanOrEqualTo(root.get(toAttribute), day)));
	}

	/** The day attribute lies within the years given; either bound may be open. */
	public static <T> Specification<T> inYears(String attribute, Integer yearFrom, Integer yearTo) {
		if (yearFrom == null && yearTo == null) {
			return Specification.unrestricted();
		}
		return (root, cq, cb) -> {
			Path<LocalDate> day = root.get(attribute);
			return yearTo == null ? cb.greaterThanOrEqualTo(day, startOf(yearFrom))
					: yearFrom == null ? cb.lessThanOrEqualTo(day, endOf(yearTo))
							: cb.between(day, startOf(yearFrom), endOf(yearTo));
		};
	}

	/**
	 * A row of the element collection holds {@code value} in {@code attribute} and a day before
	 * {@code day} in {@code dayAttribute}: a follow-up still open after its due day.
	 */
	public static <T> Specification<T> hasRowBefore(String collection, String attribute, Object value,
			String dayAttribute, LocalDate day) {
		return (root, cq, cb) -> {
			Subquery<Integer> rows = cq.subquery(Integer.class);
			Path<Object> row = rows.correlate(root).join(collection);
			rows.select(cb.literal(1)).where(cb.equal(row.get(attribute), value), cb.lessThan(row.get(dayAttribute), day));
			return cb.exists(rows);
		};
	}

	/** The element collection attribute holds the value (e.g. a cooperation field). */
	public static <T> Specification<T> has(String collection, Object value) {
		return value == null ? Specification.unrestricted() : (root, cq, cb) -> cb.isMember(value, root.get(collection));
	}

	/**
	 * The record refers, through {@code reference}, to a related record of type {@code related} that
	 * meets the condition. {@code reference} is an attribute holding the related id
	 * ("vnOrganisationId") or an attribute of an element collection ("parties.organisationId").
	 * Written as an uncorrelated {@code IN} subquery, not a correlated {@code EXISTS}: the database
	 * evaluates the related records once (through their own indexes) and looks each row up in the result.
	 */
	public static <T, R> Specification<T> references(Class<R> related, String reference, Condition<R> condition) {
		return referencesAny(List.of(way(related, reference, condition)));
	}

	/** One way a record can refer to a related record that meets a condition ({@link #referencesAny}). */
	public static <T, R> Way<T> way(Class<R> related, String reference, Condition<R> condition) {
		return (ownerType, query, cb) -> {
			Subquery<Long> referring = query.subquery(Long.class);
			Root<T> owner = referring.from(ownerType);
			int dot = reference.indexOf('.');
			Path<Object> held = dot < 0 ? owner.get(reference)
					: owner.join(reference.substring(0, dot)).get(reference.substring(dot + 1));
			return referring.select(owner.<Long>get("id")).where(held.in(matching(related, condition, referring, cb)));
		};
	}

	/**
	 * One way a record refers to related records: its own attribute holds one of these ids. The ids
	 * are written out, not looked up in a subquery, so the database estimates their rows from its
	 * statistics of each value (a merged province's predecessors hold few records, the province many).
	 */
	public static <T> Way<T> wayHolding(String reference, Collection<Long> ids) {
		return (ownerType, query, cb) -> {
			Subquery<Long> referring = query.subquery(Long.class);
			Root<T> owner = referring.from(ownerType);
			return referring.select(owner.<Long>get("id")).where(owner.get(reference).in(ids));
		};
	}

	/**
	 * One way a record refers to related records through the rows of a link type ({@code link}, e.g. a
	 * read-only entity over a collection's table), each holding the record's id in {@code owner} and
	 * the related id in {@code reference}. The subquery reads the link rows alone, where one over the
	 * record's collection would also join each row back to its record.
	 */
	public static <T, L, R> Way<T> wayThrough(Class<L> link, String owner, String reference, Class<R> related,
			Condition<R> condition) {
		return (ownerType, query, cb) -> {
			Subquery<Long> referring = query.subquery(Long.class);
			Root<L> row = referring.from(link);
			return referring.select(row.<Long>get(owner))
				.where(row.get(reference).in(matching(related, condition, referring, cb)));
		};
	}

	private static <R> Subquery<Long> matching(Class<R> related, Condition<R> condition, Subquery<?> within,
			CriteriaBuilder cb) {
		Subquery<Long> matching = within.subquery(Long.class);
		Root<R> other = matching.from(related);
		return matching.select(other.<Long>get("id")).where(condition.on(other, matching, cb));
	}

	/**
	 * The related record's attribute holds the id of a record of another type that meets the
	 * condition (an organisation seated in a covered locality): one more uncorrelated {@code IN}
	 * subquery in the same statement, where ids looked up beforehand would cost a statement.
	 */
	public static <R, S> Condition<R> holding(String reference, Class<S> target, Condition<S> condition) {
		return new Condition<>() {

			@Override
			public Predicate on(Root<R> related, CriteriaBuilder cb) {
				throw new UnsupportedOperationException("a condition with a subquery needs the query it restricts");
			}

			@Override
			public Predicate on(Root<R> related, Subquery<?> within, CriteriaBuilder cb) {
				return related.get(reference).in(matching(target, condition, within, cb));
			}

		};
	}

	/**
	 * The record refers to a matching related record in any of the ways: one {@code IN} over the
	 * {@code UNION ALL} of the ways' owners. An {@code OR} of several {@code IN}s would make
	 * PostgreSQL test every row of the table; one {@code IN} lets it fetch only the rows found.
	 */
	@SuppressWarnings("unchecked")
	public static <T> Specification<T> referencesAny(List<Way<T>> ways) {
		return (root, query, cb) -> {
			Class<T> ownerType = (Class<T>) root.getJavaType();
			List<Subquery<Long>> owners = ways.stream().map(way -> way.owners(ownerType, query, cb)).toList();
			if (owners.size() == 1) {
				return root.get("id").in(owners.get(0));
			}
			HibernateCriteriaBuilder hcb = (HibernateCriteriaBuilder) cb;
			return root.get("id").in(hcb.union(true, owners.get(0), owners.subList(1, owners.size()).toArray(Subquery[]::new)));
		};
	}

	/** A way of referring to related records: the subquery of the ids of the records referring that way. */
	public interface Way<T> {

		Subquery<Long> owners(Class<T> ownerType, CommonAbstractCriteria query, CriteriaBuilder cb);

	}

	/** A restriction of a related record ({@link #references}). */
	public interface Condition<R> {

		Predicate on(Root<R> related, CriteriaBuilder cb);

		/** The condition within the subquery that selects the related records, which may nest its own. */
		default Predicate on(Root<R> related, Subquery<?> within, CriteriaBuilder cb) {
			return on(related, cb);
		}

	}

	/**
	 * The distinct non-null values of a string attribute over the rows the specification selects,
	 * e.g. the countries a reader's partnerships involve (for a list's facets).
	 */
	public static <T> List<String> distinctValues(EntityManager entityManager, Class<T> type, String attribute,
			Specification<T> spec) {
		CriteriaBuilder cb = entityManager.getCriteriaBuilder();
		CriteriaQuery<String> query = cb.createQuery(String.class);
		Root<T> root = query.from(type);
		Predicate restriction = spec.toPredicate(root, query, cb);
		Predicate present = cb.isNotNull(root.get(attribute));
		query.select(root.get(attribute))
			.distinct(true)
			.where(restriction == null ? present : cb.and(restriction, present))
			.orderBy(cb.asc(root.get(attribute)));
		return entityManager.createQuery(query).getResultList();
	}

	public static LocalDate startOf(Integer year) {
		return year == null ? null : LocalDate.of(year, 1, 1);
	}

	public static LocalDate endOf(Integer year) {
		return year == null ? null : LocalDate.of(year, 12, 31);
	}

}
