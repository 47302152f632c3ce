package vn.hoptac.shared;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * The latest dated record of a type per partnership, for a {@link PartnershipActivitySource}: one
 * query per chunk of partnership ids (a province's partnerships are one chunk), reading only the
 * partnership, the date, the id and the title of the matching rows, newest first; the reader's access
 * applies. A record read through a collection (an agreement's actions) counts once.
 */
public final class LatestPerPartnership<T> {

	/** Ids per query: far below every database's limit of bound parameters. */
	private static final int CHUNK = 1000;

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
	 * One signal per partnership that has a matching record dated on or before {@code today}.
	 * @param date the date of a row (an attribute, or one reached through a join)
	 * @param filters what else a record must be (held, in implementation); the reader's access is added
	 */
	public List<PartnershipSignal> signals(ActivityKind kind, Collection<Long> partnershipIds,
			LocalDate today, BiFunction<Root<T>, CriteriaBuilder, Expression<LocalDate>> date,
			Specification<T> filters) {
		return inChunks(partnershipIds, ids -> chunk(kind, ids, today, date, filters));
	}

	/** The signals of every chunk of the partnership ids, each chunk asked in one query. */
	public static List<PartnershipSignal> inChunks(Collection<Long> partnershipIds,
			Function<List<Long>, List<PartnershipSignal>> chunk) {
		List<Long> ids = List.copyOf(new HashSet<>(partnershipIds));
		List<PartnershipSignal> signals = new ArrayList<>();
		for (int from = 0; from < ids.size(); from += CHUNK) {
			signals.addAll(chunk.apply(ids.subList(from, Math.min(ids.size(), from + CHUNK))));
		}
		return signals;
	}

	/** A matching record as read: its partnership, date, id, title and the detail its signal carries. */
	public record Row(Long partnershipId, LocalDate date, long recordId, String title, String detail) {
	}

	/**
	 * One signal per partnership from rows read newest first: the first row of a partnership is its
	 * latest, and the signal counts its distinct records.
	 * @param path the path of the records' pages, to which the id is appended
	 */
	public static List<PartnershipSignal> latestOf(List<Row> newestFirst, ActivityKind kind, String entity,
			String path) {
		Map<Long, Row> latest = new LinkedHashMap<>();
		Map<Long, Set<Long>> records = new HashMap<>();
		for (Row row : newestFirst) {
			latest.putIfAbsent(row.partnershipId(), row);
			records.computeIfAbsent(row.partnershipId(), k -> new HashSet<>()).add(row.recordId());
		}
		List<PartnershipSignal> signals = new ArrayList<>();
		latest.forEach((id, row) -> signals.add(new PartnershipSignal(id, kind, row.date(), records.get(id).size(),
				new RecordRef(entity, row.recordId(), row.title(), path + row.recordId()), row.detail())));
		return signals;
	}

	private List<PartnershipSignal> chunk(ActivityKind kind, List<Long> ids, LocalDate today,
			BiFunction<Root<T>, CriteriaBuilder, Expression<LocalDate>> dateOf, Specification<T> filters) {
		CriteriaBuilder cb = entityManager.getCriteriaBuilder();
		CriteriaQuery<Tuple> query = cb.createTupleQuery();
		Root<T> root = query.from(type);
		Expression<Long> partnership = root.get("partnershipId");
		Expression<LocalDate> date = dateOf.apply(root, cb);
		Specification<T> all = filters.and(Access.readable());
		List<Predicate> where = new ArrayList<>(List.of(partnership.in(ids), cb.lessThanOrEqualTo(date, today)));
		Predicate restriction = all.toPredicate(root, query, cb);
		if (restriction != null) {
			where.add(restriction);
		}
		query.multiselect(partnership, date, root.get("id"), root.get("title"),
				root.get(detail == null ? "id" : detail))
			.where(where.toArray(Predicate[]::new))
			.orderBy(cb.asc(partnership), cb.desc(date), cb.desc(root.get("id")));
		List<Row> rows = entityManager.createQuery(query)
			.getResultList()
			.stream()
			.map(row -> new Row(row.get(0, Long.class), row.get(1, LocalDate.class), row.get(2, Long.class),
					row.get(3, String.class), detail == null || row.get(4) == null ? null : row.get(4).toString()))
			.toList();
		return latestOf(rows, kind, entity, path);
	}

}
