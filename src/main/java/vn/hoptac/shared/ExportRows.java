package vn.hoptac.shared;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.ListJoin;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Selection;

import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;

/**
 * Reads the rows of a list for an export ({@link RecordExport}): only the exported attributes, as
 * tuples (no entity, nothing in the persistence context), in pages that start after the last row
 * of the page before by the list's own order (keyset; no {@code OFFSET}, which would walk every
 * earlier row again), with the list's restriction ({@link RecordList.Query}): its filters, free
 * text and the reader's access. Related values are looked up once per page.
 */
public final class ExportRows {

	/** Takes each page of rows, in order. */
	public interface Pages {

		void accept(List<ExportRow> rows) throws IOException;

	}

	private ExportRows() {
	}

	public static <E> void walk(EntityManager entityManager, RecordList.Query list, RecordExport<E> export,
			int pageSize, Pages pages) throws IOException {
		List<Sort.Order> keys = new ArrayList<>(list.sort().toList());
		if (list.sort().getOrderFor("id") == null) {
			keys.add(Sort.Order.asc("id"));
		}
		Object[] after = null;
		for (;;) {
			List<Tuple> tuples = page(entityManager, list, export, keys, after, pageSize);
			if (tuples.isEmpty()) {
				return;
			}
			pages.accept(rows(tuples, export, keys.size()));
			if (tuples.size() < pageSize) {
				return;
			}
			Tuple last = tuples.get(tuples.size() - 1);
			after = new Object[keys.size()];
			for (int i = 0; i < keys.size(); i++) {
				after[i] = last.get(1 + i);
			}
		}
	}

	@SuppressWarnings("unchecked")
	private static <E> List<Tuple> page(EntityManager entityManager, RecordList.Query list, RecordExport<E> export,
			List<Sort.Order> keys, Object[] after, int pageSize) {
		CriteriaBuilder cb = entityManager.getCriteriaBuilder();
		CriteriaQuery<Tuple> query = cb.createTupleQuery();
		Root<E> root = query.from(export.type());
		List<Selection<?>> selected = new ArrayList<>();
		selected.add(root.get("id"));
		for (Sort.Order key : keys) {
			selected.add(root.get(key.getProperty()));
		}
		for (String attribute : export.attributes()) {
			selected.add(path(root, attribute));
		}
		query.multiselect(selected);
		Predicate where = ((Specification<E>) list.where()).toPredicate(root, query, cb);
		Predicate beyond = after == null ? null : after(cb, root, keys, after);
		if (where != null && beyond != null) {
			query.where(where, beyond);
		}
		else if (where != null || beyond != null) {
			query.where(where != null ? where : beyond);
		}
		query.orderBy(RecordList.orders(list.sort(), root, cb));
		return entityManager.createQuery(query).setMaxResults(pageSize).getResultList();
	}

	/**
	 * The rows after the given keys in the list's order, missing values last in either direction
	 * (as {@link RecordList} orders): a row is after if it ties on the first keys and is beyond on
	 * the next one.
	 */
	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static Predicate after(CriteriaBuilder cb, Root<?> root, List<Sort.Order> keys, Object[] last) {
		List<Predicate> either = new ArrayList<>();
		List<Predicate> ties = new ArrayList<>();
		for (int i = 0; i < keys.size(); i++) {
			Expression<Comparable> key = root.get(keys.get(i).getProperty());
			Comparable value = (Comparable) last[i];
			if (value != null) {
				Predicate past = keys.get(i).isDescending() ? cb.lessThan(key, value) : cb.greaterThan(key, value);
				List<Predicate> branch = new ArrayList<>(ties);
				branch.add(cb.or(past, cb.isNull(key)));
				either.add(cb.and(branch.toArray(Predicate[]::new)));
			}
			ties.add(value == null ? cb.isNull(key) : cb.equal(key, value));
		}
		return cb.or(either.toArray(Predicate[]::new));
	}

	/** The rows of the tuples (id, keys, attributes), with their related values. */
	private static List<ExportRow> rows(List<Tuple> tuples, RecordExport<?> export, int keyCount) {
		List<ExportRow> rows = new ArrayList<>(tuples.size());
		List<String> attributes = export.attributes();
		for (Tuple tuple : tuples) {
			ExportRow row = new ExportRow(((Number) tuple.get(0)).longValue());
			for (int i = 0; i < attributes.size(); i++) {
				row.values().put(attributes.get(i), tuple.get(1 + keyCount + i));
			}
			rows.add(row);
		}
		for (Map.Entry<String, RecordExport.Related> related : export.related().entrySet()) {
			Map<Long, ?> values = related.getValue().of(rows);
			for (ExportRow row : rows) {
				row.values().put(related.getKey(), values.get(row.id()));
			}
		}
		return rows;
	}

	/**
	 * The elements of an ordered collection of these records ({@code participants}), in their order,
	 * by record id: one query for a page of rows of a {@link RecordExport.Related} column.
	 */
	public static Map<Long, List<Object>> elements(EntityManager entityManager, Class<?> type, String collection,
			Collection<Long> ids) {
		CriteriaBuilder cb = entityManager.getCriteriaBuilder();
		CriteriaQuery<Tuple> query = cb.createTupleQuery();
		Root<?> root = query.from(type);
		ListJoin<?, Object> element = root.joinList(collection);
		query.multiselect(root.get("id"), element)
			.where(root.get("id").in(ids))
			.orderBy(cb.asc(root.get("id")), cb.asc(element.index()));
		Map<Long, List<Object>> elements = new HashMap<>();
		for (Tuple row : entityManager.createQuery(query).getResultList()) {
			elements.computeIfAbsent(((Number) row.get(0)).longValue(), id -> new ArrayList<>()).add(row.get(1));
		}
		return elements;
	}

	private static Path<?> path(Root<?> root, String attribute) {
		Path<?> path = root;
		for (String part : attribute.split("\\.")) {
			path = path.get(part);
		}
		return path;
	}

}
