package vn.hoptac.shared;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import jakarta.persistence.EntityManager;

import org.hibernate.Session;

/**
 * Records read by their ids through Hibernate's multi-load, whose statement is built once per
 * entity type (one array parameter on PostgreSQL and H2). A query {@code where id in (:ids)} is
 * translated again on every call, since a list of a new length is a new statement: on a list
 * page that translation cost more than the rows (docs/benchmarks.md, JFR profile of the agreements list).
 * Records already in the persistence context are not read again.
 */
public final class ByIds {

	private ByIds() {
	}

	/** The records of these ids that exist, in the order of the ids (duplicates and nulls left out). */
	public static <T> List<T> inOrder(EntityManager entityManager, Class<T> type, Collection<?> ids) {
		List<?> distinct = ids.stream().filter(Objects::nonNull).distinct().toList();
		if (distinct.isEmpty()) {
			return List.of();
		}
		return entityManager.unwrap(Session.class)
			.findMultiple(type, distinct)
			.stream()
			.filter(Objects::nonNull)
			.toList();
	}

	/** The records of these ids that exist, keyed by id. */
	public static <T> Map<Long, T> keyed(EntityManager entityManager, Class<T> type, Collection<Long> ids,
			Function<T, Long> idOf) {
		Map<Long, T> keyed = new LinkedHashMap<>();
		inOrder(entityManager, type, ids).forEach(record -> keyed.put(idOf.apply(record), record));
		return keyed;
	}

}
