package vn.hoptac.shared;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Nulls;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;

/**
 * The list of one record type, answered by the database (a query for the page, one for the total):
 * the type declares where free text finds it (its own folded {@code searchText} and the folded text
 * of related records, so a party's current name finds it) and whether readers' access applies; a
 * list request adds its filters and page. Works alike on H2 and PostgreSQL (where trigram indexes
 * serve the "contains" search). Holds no state of its own: every request sees every committed write.
 */
public final class RecordList<T> {

	/** Totals are exact up to this many records; past it a list says "more than" it. */
	public static final int TOTAL_CAP = 1000;

	/**
	 * Up to this many records found through a word in related records are named by id, which lets
	 * PostgreSQL combine them with its trigram index on the record's own text; beyond it the word
	 * is matched row by row through EXISTS subqueries.
	 */
	private static final int RELATED_IDS_LIMIT = 200;

	private final EntityManager entityManager;

	private final Class<T> type;

	/** How a word finds records through related records' own folded text (never copied into this record's). */
	private final List<RelatedText<T>> relatedText;

	private final boolean guarded;

	private RecordList(EntityManager entityManager, Class<T> type, List<RelatedText<T>> relatedText, boolean guarded) {
		this.entityManager = entityManager;
		this.type = type;
		this.relatedText = List.copyOf(relatedText);
		this.guarded = guarded;
	}

	/** A list of records whose own folded search text is in {@code searchText}. */
	public static <T> RecordList<T> of(Class<T> type, EntityManager entityManager) {
		return new RecordList<>(entityManager, type, List.of(), false);
	}

	/**
	 * Free text also finds a record through the folded text of related records of type
	 * {@code related} whose id one of the {@code references} holds: an attribute ("vnOrganisationId")
	 * or an attribute of an element collection ("parties.organisationId").
	 */
	public <R> RecordList<T> alsoMatching(Class<R> related, String... references) {
		List<RelatedText<T>> sources = new ArrayList<>(relatedText);
		for (String reference : references) {
			sources.add(related(related, reference));
		}
		return new RecordList<>(entityManager, type, sources, guarded);
	}

	/** Records carry a {@link Stewardship}: a reader lists only what {@link Access#readable()} allows. */
	public RecordList<T> guarded() {
		return new RecordList<>(entityManager, type, relatedText, true);
	}

	/** The page of records that pass the filters and contain every word of the free text. */
	public ListPage<T> page(Specification<T> filters, String freeText, Pageable pageable) {
		Specification<T> where = where(filters, freeText);
		CriteriaBuilder cb = entityManager.getCriteriaBuilder();
		CriteriaQuery<T> query = cb.createQuery(type);
		Root<T> root = query.from(type);
		query.select(root).orderBy(orders(pageable.getSort(), root, cb));
		restrict(query, root, cb, where);
		List<T> content = entityManager.createQuery(query)
			.setFirstResult((int) pageable.getOffset())
			.setMaxResults(pageable.getPageSize())
			.getResultList();
		if (pageable.getOffset() == 0 && content.size() < pageable.getPageSize()) {
			return new ListPage<>(content, pageable, content.size(), true);
		}
		long counted = countUpToCap(where);
		return counted > TOTAL_CAP ? new ListPage<>(content, pageable, TOTAL_CAP, false)
				: new ListPage<>(content, pageable, Math.max(counted, pageable.getOffset() + content.size()), true);
	}

	/** Every filter, the free text and the reader's access, as one restriction. */
	public Specification<T> where(Specification<T> filters, String freeText) {
		Specification<T> all = filters == null ? Specification.unrestricted() : filters;
		for (String word : Text.queryTokens(freeText)) {
			all = all.and(containing(word));
		}
		return guarded ? all.and(Access.readable()) : all;
	}

	/**
	 * How many records each value of each facet has: one {@code GROUP BY} query per facet over the
	 * list's restriction (free text, access and every filter but the facet's own).
	 */
	public FacetCounts counts(FacetFilters<T> filters, String freeText, List<Facet> facets) {
		return FacetQuery.count(entityManager, type, where(Specification.unrestricted(), freeText), filters, facets);
	}

	/** The distinct values of an attribute over the records that pass the filters, for a facet. */
	public List<String> distinctValues(String attribute, Specification<T> filters) {
		return Specs.distinctValues(entityManager, type, attribute, where(filters, null));
	}

	/** Reads the ids of at most one record more than the cap: cheap where a full count is not. */
	private long countUpToCap(Specification<T> where) {
		return idsWhere(where, TOTAL_CAP + 1).size();
	}

	private static <T> void restrict(CriteriaQuery<?> query, Root<T> root, CriteriaBuilder cb, Specification<T> where) {
		Predicate predicate = where.toPredicate(root, query, cb);
		if (predicate != null) {
			query.where(predicate);
		}
	}

	/**
	 * The word occurs in the record's own search text or in a related record's. The records found
	 * through related records are first looked up by id (few, as a rule), so that the database can
	 * answer "own text contains the word, or the id is one of these" from two indexes.
	 */
	private Specification<T> containing(String word) {
		String pattern = "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
		Specification<T> own = (root, query, cb) -> like(cb, root.get("searchText"), pattern);
		List<Specification<T>> related = relatedText.stream().map(source -> source.matching(pattern)).toList();
		if (related.isEmpty()) {
			return own;
		}
		Set<Object> ids = new HashSet<>();
		for (Specification<T> source : related) {
			ids.addAll(idsWhere(source, RELATED_IDS_LIMIT + 1));
			if (ids.size() > RELATED_IDS_LIMIT) {
				List<Specification<T>> any = new ArrayList<>(related);
				any.add(0, own);
				return Specification.anyOf(any);
			}
		}
		return ids.isEmpty() ? own : own.or((root, query, cb) -> root.get("id").in(ids));
	}

	private List<Object> idsWhere(Specification<T> where, int limit) {
		CriteriaBuilder cb = entityManager.getCriteriaBuilder();
		CriteriaQuery<Object> query = cb.createQuery(Object.class);
		Root<T> root = query.from(type);
		query.select(root.get("id"));
		restrict(query, root, cb, where);
		return entityManager.createQuery(query).setMaxResults(limit).getResultList();
	}

	/** Missing values last in either direction, ties by id, as the same on every database. */
	private static List<Order> orders(Sort sort, Root<?> root, CriteriaBuilder cb) {
		List<Order> orders = new ArrayList<>();
		for (Sort.Order by : sort) {
			Path<Object> path = root.get(by.getProperty());
			orders.add(by.isDescending() ? cb.desc(path, Nulls.LAST) : cb.asc(path, Nulls.LAST));
		}
		if (sort.getOrderFor("id") == null) {
			orders.add(cb.asc(root.get("id")));
		}
		return orders;
	}

	private static <T, R> RelatedText<T> related(Class<R> related, String reference) {
		return pattern -> Specs.<T, R>references(related, reference,
				(other, cb) -> like(cb, other.get("searchText"), pattern));
	}

	private static Predicate like(CriteriaBuilder cb, Expression<String> folded, String pattern) {
		return cb.like(folded, pattern, '\\');
	}

	private interface RelatedText<T> {

		Specification<T> matching(String pattern);

	}

}
