package vn.hoptac.shared;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Nulls;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Selection;

import org.hibernate.jpa.HibernateHints;
import org.hibernate.query.criteria.HibernateCriteriaBuilder;
import org.hibernate.query.criteria.JpaCriteriaQuery;
import org.hibernate.query.criteria.JpaSubQuery;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;

/**
 * The list of one record type, answered by the database (the page and a capped count, or the ordered ids up to the cap and the page by id):
 * the type declares where free text finds it (its own folded {@code searchText} and, where it has
 * one, the {@code relatedText} holding its parties' current names) and whether readers' access applies; a
 * list request adds its filters and page. Works alike on H2 and PostgreSQL (where trigram indexes
 * serve the "contains" search). Holds no state of its own: every request sees every committed write.
 */
public final class RecordList<T> {

	/** Totals are exact up to this many records; past it a list says "more than" it. */
	public static final int TOTAL_CAP = 1000;

	/**
	 * Totals of a free-text search are exact up to this many records. Common words ("hợp tác") match
	 * most records, and every match costs a {@code LIKE} on its text: counting past a hundred is
	 * what made such a search slow (docs/benchmarks.md).
	 */
	public static final int FREE_TEXT_TOTAL_CAP = 100;

	private final EntityManager entityManager;

	private final Class<T> type;

	/** Whether a word also finds records through their {@code relatedText} ({@link RelatedText}). */
	private final boolean related;

	private final boolean guarded;

	private RecordList(EntityManager entityManager, Class<T> type, boolean related, boolean guarded) {
		this.entityManager = entityManager;
		this.type = type;
		this.related = related;
		this.guarded = guarded;
	}

	/** A list of records whose own folded search text is in {@code searchText}. */
	public static <T> RecordList<T> of(Class<T> type, EntityManager entityManager) {
		return new RecordList<>(entityManager, type, false, false);
	}

	/**
	 * Free text also finds a record through the current names of the records it refers to, which
	 * its {@code relatedText} attribute holds ({@link RelatedText}, kept by {@link RelatedTexts}).
	 */
	public RecordList<T> alsoMatchingRelated() {
		return new RecordList<>(entityManager, type, true, guarded);
	}

	/** Records carry a {@link Stewardship}: a reader lists only what {@link Access#readable()} allows. */
	public RecordList<T> guarded() {
		return new RecordList<>(entityManager, type, related, true);
	}

	/**
	 * The page of records that pass the filters and contain every word of the free text, with the
	 * total up to the cap ({@link #TOTAL_CAP}, or {@link #FREE_TEXT_TOTAL_CAP} with free text).
	 */
	public ListPage<T> page(Specification<T> filters, String freeText, Pageable pageable) {
		List<String> words = Text.queryTokens(freeText);
		Specification<T> where = where(filters, words, false);
		ListPage<T> page = !words.isEmpty() ? totalThenPage(filters, words, pageable)
				: filtering(filters) ? idsThenPage(where, pageable) : pageThenCount(where, pageable);
		return new ListPage<>(page.getContent(), pageable, page.getTotalElements(), page.isTotalExact(),
				new Query(type, where, pageable.getSort()));
	}

	/**
	 * Whether the filters restrict the list. Unfiltered, the page is the first rows of its order's
	 * index and the capped count an index scan; filtered, the matches must be found and sorted,
	 * which {@link #idsThenPage} does once (measured in docs/benchmarks.md: the unfiltered list's SQL
	 * answered 1,327 req/s as page and count, 599 as ordered ids; the roll-up's 368 and 483). A
	 * list's {@link FacetFilters} know it; a restriction made otherwise is asked for its predicate.
	 */
	private boolean filtering(Specification<T> filters) {
		if (Specs.holdsNoValue(filters)) {
			return false;
		}
		if (filters instanceof FacetFilters.Selection) {
			return true;
		}
		CriteriaBuilder cb = entityManager.getCriteriaBuilder();
		CriteriaQuery<Object> probe = cb.createQuery(Object.class);
		return filters.toPredicate(probe.from(type), probe, cb) != null;
	}

	/** The page in its order, then (when it is full or not the first) the total, counted up to the cap. */
	private ListPage<T> pageThenCount(Specification<T> where, Pageable pageable) {
		List<T> content = select(where, pageable);
		if (pageable.getOffset() == 0 && content.size() < pageable.getPageSize()) {
			return new ListPage<>(content, pageable, pageable.getOffset() + content.size(), true);
		}
		long counted = countUpTo(where, TOTAL_CAP + 1);
		return counted > TOTAL_CAP ? new ListPage<>(content, pageable, TOTAL_CAP, false)
				: new ListPage<>(content, pageable, Math.max(counted, pageable.getOffset() + content.size()), true);
	}

	/**
	 * Within the first {@link #TOTAL_CAP} records: the ids of one record more than the cap, in the
	 * list's order, answer both the total and which records the page holds, which are then read by
	 * id. The database finds and orders the matches once, where a page query and a count would each
	 * find them. Past the cap, the page is read at its offset.
	 */
	private ListPage<T> idsThenPage(Specification<T> where, Pageable pageable) {
		if (pageable.getOffset() + pageable.getPageSize() > TOTAL_CAP) {
			return pagePastTheCap(where, pageable);
		}
		List<Object> ids = orderedIdsUpTo(where, pageable.getSort(), TOTAL_CAP + 1);
		boolean exact = ids.size() <= TOTAL_CAP;
		int from = (int) Math.min(pageable.getOffset(), ids.size());
		List<Object> onPage = ids.subList(from, Math.min(from + pageable.getPageSize(), ids.size()));
		// read by id in the ids' order, which is the list's: no query to translate (ByIds)
		List<T> content = ByIds.inOrder(entityManager, type, onPage);
		return new ListPage<>(content, pageable, exact ? ids.size() : TOTAL_CAP, exact);
	}

	/** A page past the cap: its total is known only when it is the last. */
	private ListPage<T> pagePastTheCap(Specification<T> where, Pageable pageable) {
		List<T> content = select(where, pageable);
		if (!content.isEmpty() && content.size() < pageable.getPageSize()) {
			return new ListPage<>(content, pageable, pageable.getOffset() + content.size(), true);
		}
		if (content.isEmpty()) {
			// past the end: say where the list ends, so that a page can send the reader there
			long counted = countUpTo(where, TOTAL_CAP + 1);
			return counted > TOTAL_CAP ? new ListPage<>(content, pageable, TOTAL_CAP, false)
					: new ListPage<>(content, pageable, counted, true);
		}
		return new ListPage<>(content, pageable, TOTAL_CAP, false);
	}

	/**
	 * What a list reads: the records of a type that pass its restriction (filters, free text, access),
	 * in its order. Every page a list reads carries it ({@link ListPage#query()}): an export then
	 * reads the same rows, in the same order, its own way ({@link ExportRows}).
	 */
	public record Query(Class<?> type, Specification<?> where, Sort sort) {
	}

	/**
	 * Free text finds its page among the first this many records of the list's order before it asks
	 * the trigram index: common words fill a page there, where the index would gather every match of
	 * every word first (docs/benchmarks.md).
	 */
	static final int WALKED_ROWS = 500;

	/** {@link #WALKED_ROWS}, which a test of the ways free text finds its page sets lower. */
	static int walkedRows = WALKED_ROWS;

	/**
	 * Free text, in up to three steps. 1. The matches among the first {@link #WALKED_ROWS} records of
	 * the list's order, up to one more than the cap: they begin the list, so when they fill the page it
	 * is theirs, and when they pass the cap so does the total. 2. Otherwise, the ids of one record more
	 * than the cap, in no order: row by row when the walk found the words common ({@link #common}: a
	 * scan stops at the cap sooner than the index gathers them), else through the trigram index (the
	 * words are rare, the index finds them cheaply). 3. Up to the cap, the page is
	 * those records found by id; past it, when the walk did not fill the page, the matches are found
	 * through the index and sorted apart ({@link #sortedMatches}); a page past the cap walks the order.
	 */
	private ListPage<T> totalThenPage(Specification<T> filters, List<String> words, Pageable pageable) {
		int cap = FREE_TEXT_TOTAL_CAP;
		long needed = pageable.getOffset() + pageable.getPageSize();
		List<Object> walked = needed <= cap + 1 ? matchesAmongFirst(where(filters, List.of(), false), words,
				pageable.getSort(), cap + 1) : List.of();
		boolean pageWalked = walked.size() >= needed;
		List<Object> ids = walked.size() > cap ? walked : idsUpTo(where(filters, words, common(walked, cap)), cap + 1);
		if (pageWalked) {
			int from = (int) pageable.getOffset();
			List<T> content = ByIds.inOrder(entityManager, type, walked.subList(from, (int) needed));
			return ids.size() > cap ? new ListPage<>(content, pageable, cap, false)
					: new ListPage<>(content, pageable, ids.size(), true);
		}
		if (ids.size() > cap) {
			List<T> content = needed > cap + 1 ? select(where(filters, words, true), pageable)
					: onPage(sortedMatches(where(filters, words, false), pageable.getSort(), (int) needed), pageable);
			boolean last = content.size() < pageable.getPageSize() && (!content.isEmpty() || pageable.getOffset() == 0);
			return last ? new ListPage<>(content, pageable, pageable.getOffset() + content.size(), true)
					: new ListPage<>(content, pageable, cap, false);
		}
		if (pageable.getOffset() >= ids.size()) {
			return new ListPage<>(List.of(), pageable, ids.size(), true);
		}
		Specification<T> found = withIds(ids);
		return new ListPage<>(select(guarded ? found.and(Access.readable()) : found, pageable), pageable, ids.size(),
				true);
	}

	/**
	 * Whether the walk found at least half the cap among the rows it walked: then a scan row by row
	 * passes the cap within about twice as many rows. Sparser words would have it read thousands of wide
	 * rows ("ban ghi nho du lich", 25 matches in the first 500 of 12,006 agreements: 8.4 ms to its 101st),
	 * where the trigram index finds one more than the cap in 4–5 ms; denser ones are counted row by row
	 * in 2 ms against 3–6 ms (docs/benchmarks.md). A page the walk filled no longer decides it: the
	 * page needs 20 matches, the total 101.
	 */
	private static boolean common(List<Object> walked, int cap) {
		return walked.size() * 2 > cap;
	}

	/** The records of the page among ids in the list's order, from the first to the end of the page. */
	private List<T> onPage(List<Object> ids, Pageable pageable) {
		int from = (int) Math.min(pageable.getOffset(), ids.size());
		return from == ids.size() ? List.of() : ByIds.inOrder(entityManager, type, ids.subList(from, ids.size()));
	}

	/**
	 * The ids of the records that contain every word among the first {@link #WALKED_ROWS} records
	 * that pass {@code where}, in the list's order, at most {@code limit}: the order's index is walked
	 * that far and no further, the words tested on the rows walked.
	 */
	private List<Object> matchesAmongFirst(Specification<T> where, List<String> words, Sort sort, int limit) {
		HibernateCriteriaBuilder cb = (HibernateCriteriaBuilder) entityManager.getCriteriaBuilder();
		JpaCriteriaQuery<Object> query = cb.createQuery(Object.class);
		JpaSubQuery<Tuple> first = query.subquery(Tuple.class);
		Root<T> root = ListShapes.from(first, type);
		root.alias("listed");
		List<Selection<?>> columns = idAndOrder(root, sort);
		columns.add(root.get("searchText").alias("searchText"));
		if (related) {
			columns.add(root.get("relatedText").alias("relatedText"));
		}
		first.multiselect(columns).orderBy(orders(sort, root, cb)).fetch(walkedRows);
		Predicate predicate = where.toPredicate(root, query, cb);
		if (predicate != null) {
			first.where(predicate);
		}
		Root<Tuple> walked = ListShapes.from(query, first, "walked");
		Predicate[] containingEveryWord = words.stream()
			.map(word -> this.<Tuple>containing(word, true).toPredicate(walked, query, cb))
			.toArray(Predicate[]::new);
		query.select(walked.get("id")).where(containingEveryWord).orderBy(orders(sort, walked, cb));
		// not kept in the plan cache: Hibernate 7.4 never finds two selections of several columns alike
		// (SqmJpaCompoundSelection compares each column with the whole other selection), and would keep
		// one plan per request
		return entityManager.createQuery(query).setMaxResults(limit).getResultList();
	}

	/**
	 * The ids of the first {@code limit} records that pass {@code where}, in the list's order, found
	 * through the trigram index and then sorted: the matches are read in a subquery that holds a row
	 * limit (no more than a table can hold), which PostgreSQL plans on its own, so that it cannot
	 * walk the order's index instead, testing every record on the way to a rare word's first match.
	 */
	private List<Object> sortedMatches(Specification<T> where, Sort sort, int limit) {
		HibernateCriteriaBuilder cb = (HibernateCriteriaBuilder) entityManager.getCriteriaBuilder();
		JpaCriteriaQuery<Object> query = cb.createQuery(Object.class);
		JpaSubQuery<Tuple> matches = query.subquery(Tuple.class);
		Root<T> root = ListShapes.from(matches, type);
		root.alias("listed");
		matches.multiselect(idAndOrder(root, sort)).fetch(Integer.MAX_VALUE);
		Predicate predicate = where.toPredicate(root, query, cb);
		if (predicate != null) {
			matches.where(predicate);
		}
		Root<Tuple> found = ListShapes.from(query, matches, "found");
		query.select(found.get("id")).orderBy(orders(sort, found, cb));
		// not kept in the plan cache, as in matchesAmongFirst
		return entityManager.createQuery(query).setMaxResults(limit).getResultList();
	}

	/** The id and the attributes of the order, each named as its attribute, for a subquery in FROM. */
	private static List<Selection<?>> idAndOrder(Root<?> root, Sort sort) {
		List<Selection<?>> columns = new ArrayList<>(List.of(root.get("id").alias("id")));
		for (Sort.Order by : sort) {
			if (!by.getProperty().equals("id")) {
				columns.add(root.get(by.getProperty()).alias(by.getProperty()));
			}
		}
		return columns;
	}

	private static <T> Specification<T> withIds(List<Object> ids) {
		return (root, query, cb) -> root.get("id").in(ids);
	}

	/** Every filter, the free text and the reader's access, as one restriction. */
	public Specification<T> where(Specification<T> filters, String freeText) {
		return where(filters, Text.queryTokens(freeText), false);
	}

	/** As {@link #where(Specification, String)}; {@code rowByRow}: no word is looked up in an index. */
	private Specification<T> where(Specification<T> filters, List<String> words, boolean rowByRow) {
		Specification<T> all = filters == null ? Specification.unrestricted() : filters;
		for (String word : words) {
			all = all.and(containing(word, rowByRow));
		}
		return guarded ? all.and(Access.readable()) : all;
	}

	/** The records of the page in its order. */
	private List<T> select(Specification<T> where, Pageable pageable) {
		CriteriaBuilder cb = entityManager.getCriteriaBuilder();
		CriteriaQuery<T> query = cb.createQuery(type);
		Root<T> root = ListShapes.from(query, type);
		query.select(root).orderBy(orders(pageable.getSort(), root, cb));
		restrict(query, root, cb, where);
		return planCached(entityManager.createQuery(query))
			.setFirstResult((int) pageable.getOffset())
			.setMaxResults(pageable.getPageSize())
			.getResultList();
	}

	/**
	 * How many records that pass the filters (and that the reader may read) have each value of the
	 * attribute ("stewardship.provinceId"; the key null: records without one): one grouped query.
	 */
	public <K> Map<K, Long> countsBy(String attribute, Class<K> keyType, Specification<T> filters) {
		Map<K, Long> counts = new LinkedHashMap<>();
		GroupCounts.of(entityManager, type, Facet.value(attribute, attribute), where(filters, null))
			.forEach((value, count) -> counts.put(keyType.cast(value), count));
		return counts;
	}

	/** How many distinct values of the attribute the records that pass the filters have per key of the facet. */
	public Map<Object, Long> distinctCountsBy(Facet group, String attribute, Specification<T> filters) {
		return GroupCounts.distinct(entityManager, type, group, attribute, where(filters, null));
	}

	/**
	 * Statistics per combination of groupings (a partner, a year): how many records pass the filters
	 * (and that the reader may read) and the exact sums of the numeric attributes, with how many
	 * records know each. One {@code GROUP BY} query; see {@link GroupStats}.
	 */
	public List<GroupStats.Row> statsBy(List<Facet> groups, List<String> sumAttributes, Specification<T> filters) {
		return GroupStats.of(entityManager, type, groups, sumAttributes, where(filters, null));
	}

	/** Which parties the selected records link, per year, under the reader's access ({@link PartyLinks}). */
	public List<PartyLinks.Link> partyLinks(PartyLinks.Ends<T> ends, Specification<T> filters) {
		return PartyLinks.of(entityManager, type, ends, where(filters, null));
	}

	/**
	 * How many records each value of each facet has: one {@code GROUP BY} query per facet over the
	 * list's restriction (free text, access and every filter but the facet's own).
	 */
	public FacetCounts counts(FacetFilters<T> filters, String freeText, List<Facet> facets) {
		Specification<T> textAndAccess = where(Specification.unrestricted(), freeText);
		Map<String, Map<String, Long>> counted = new LinkedHashMap<>();
		for (Facet facet : facets) {
			Specification<T> others = textAndAccess.and(filters.allBut(facet.name()));
			counted.put(facet.name(), FacetCounts.byText(GroupCounts.of(entityManager, type, facet, others)));
		}
		return new FacetCounts(counted);
	}

	/** The distinct values of an attribute over the records that pass the filters, for a facet. */
	public List<String> distinctValues(String attribute, Specification<T> filters) {
		return Specs.distinctValues(entityManager, type, attribute, where(filters, null));
	}

	private static <T> void restrict(CriteriaQuery<?> query, Root<T> root, CriteriaBuilder cb, Specification<T> where) {
		Predicate predicate = where.toPredicate(root, query, cb);
		if (predicate != null) {
			query.where(predicate);
		}
	}

	/** The word occurs in the record's own search text or, where declared, in its related records'. */
	private <R> Specification<R> containing(String word, boolean rowByRow) {
		return (root, query, cb) -> {
			Predicate own = contains(cb, root.get("searchText"), word, rowByRow);
			return related ? cb.or(own, contains(cb, root.get("relatedText"), word, rowByRow)) : own;
		};
	}

	/**
	 * {@code like '%word%'}, which PostgreSQL answers through a trigram index. A word shorter than a
	 * trigram ("y", "te") has none, and the index would hand back every row: such a word is tested
	 * on the rows the other conditions leave, with {@code locate}, which no index serves; so is
	 * every word when the list is walked in its order ({@code rowByRow}).
	 */
	private static Predicate contains(CriteriaBuilder cb, Expression<String> folded, String word, boolean rowByRow) {
		if (rowByRow || word.length() < 3) {
			return cb.greaterThan(cb.locate(folded, word), 0);
		}
		return cb.like(folded, Text.likeContaining(word), '\\');
	}

	/**
	 * How many records pass, counting at most {@code limit}: the database counts the ids of a query
	 * that stops at the limit, so no id travels to the application.
	 */
	private long countUpTo(Specification<T> where, int limit) {
		HibernateCriteriaBuilder cb = (HibernateCriteriaBuilder) entityManager.getCriteriaBuilder();
		JpaCriteriaQuery<Long> count = cb.createQuery(Long.class);
		JpaSubQuery<Object> matches = count.subquery(Object.class);
		Root<T> root = ListShapes.from(matches, type);
		// a subquery in FROM names what it selects; one column, not a multiselect, which Hibernate
		// would never find alike in its plan cache (see matchesAmongFirst)
		Path<Object> id = root.get("id");
		id.alias("id");
		matches.select(id).fetch(limit);
		Predicate predicate = where.toPredicate(root, count, cb);
		if (predicate != null) {
			matches.where(predicate);
		}
		ListShapes.from(count, matches, "matches");
		count.select(cb.count());
		return planCached(entityManager.createQuery(count)).getSingleResult();
	}

	/** The ids of at most {@code limit} records in the list's order. */
	private List<Object> orderedIdsUpTo(Specification<T> where, Sort sort, int limit) {
		CriteriaBuilder cb = entityManager.getCriteriaBuilder();
		CriteriaQuery<Object> query = cb.createQuery(Object.class);
		Root<T> root = ListShapes.from(query, type);
		query.select(root.get("id")).orderBy(orders(sort, root, cb));
		restrict(query, root, cb, where);
		return planCached(entityManager.createQuery(query)).setMaxResults(limit).getResultList();
	}

	/** The ids of at most {@code limit} records, in no order: cheap where a full count is not. */
	private List<Object> idsUpTo(Specification<T> where, int limit) {
		CriteriaBuilder cb = entityManager.getCriteriaBuilder();
		CriteriaQuery<Object> query = cb.createQuery(Object.class);
		Root<T> root = ListShapes.from(query, type);
		query.select(root.get("id"));
		restrict(query, root, cb, where);
		return planCached(entityManager.createQuery(query)).setMaxResults(limit).getResultList();
	}

	/**
	 * A list query keeps its translation to SQL in Hibernate's plan cache, keyed by its shape: a list has
	 * few shapes and small parameters, and translating them again on every request was most of a list's
	 * CPU (docs/benchmarks.md). Only list queries do: a cached criteria query keeps its parameter values,
	 * so caching every criteria query (the global setting) kept large ad-hoc ones, such as the health
	 * signals' chunks of a thousand partnership ids, until the heap ran out.
	 */
	private static <Q extends TypedQuery<?>> Q planCached(Q query) {
		query.setHint(HibernateHints.HINT_QUERY_PLAN_CACHEABLE, true);
		return query;
	}

	/** Missing values last in either direction, ties by id, as the same on every database. */
	static List<Order> orders(Sort sort, Root<?> root, CriteriaBuilder cb) {
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

}
