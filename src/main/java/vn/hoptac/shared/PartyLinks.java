package vn.hoptac.shared;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Selection;

import org.hibernate.query.criteria.HibernateCriteriaBuilder;
import org.springframework.data.jpa.domain.Specification;

/**
 * Who a record type links with whom, per year, in one {@code GROUP BY} query: how many records join
 * each Vietnamese party (a locality or an organisation) with each foreign one, by the year of the
 * record's date. The network of actors is drawn from these rows; every module that links parties
 * declares only where its two ends and its date are ({@link Ends}), behind {@link RecordList#partyLinks}.
 */
public final class PartyLinks {

	private PartyLinks() {
	}

	/** Where a record's two parties and its date are; a join (an agreement's parties) may be made here. */
	@FunctionalInterface
	public interface Ends<T> {

		Columns of(Root<T> root, CriteriaBuilder cb);

		/** Ends held as attributes of the record itself (a partnership, an exchange, a delegation). */
		static <T> Ends<T> attributes(String vnLocality, String vnOrganisation, String foreignLocality,
				String foreignOrganisation, String date) {
			return (root, cb) -> new Columns(Facet.path(root, vnLocality), Facet.path(root, vnOrganisation),
					Facet.path(root, foreignLocality), Facet.path(root, foreignOrganisation), root.get(date), null);
		}

	}

	/** The five expressions and, when a join needs it, a condition on the joined rows. */
	public record Columns(Expression<?> vnLocality, Expression<?> vnOrganisation, Expression<?> foreignLocality,
			Expression<?> foreignOrganisation, Expression<LocalDate> date, Predicate condition) {
	}

	/** One pair of parties in one year (null: the record's date is unknown) and how many records link them. */
	public record Link(Long vnLocalityId, Long vnOrganisationId, Long foreignLocalityId, Long foreignOrganisationId,
			Integer year, long records) {

		/** Both ends known: a record with an unnamed party draws no line. */
		public boolean complete() {
			return (vnLocalityId != null || vnOrganisationId != null)
					&& (foreignLocalityId != null || foreignOrganisationId != null);
		}

	}

	/** The records kept by a province, or all (null) the reader may see. */
	public static <T> Specification<T> keptBy(Long provinceId) {
		return provinceId == null ? Specification.unrestricted()
				: (root, query, cb) -> cb.equal(Facet.path(root, "stewardship.provinceId"), provinceId);
	}

	static <T> List<Link> of(EntityManager entityManager, Class<T> type, Ends<T> ends, Specification<T> spec) {
		CriteriaBuilder cb = entityManager.getCriteriaBuilder();
		CriteriaQuery<Tuple> query = cb.createTupleQuery();
		Root<T> root = query.from(type);
		Columns columns = ends.of(root, cb);
		Expression<Integer> year = cb.extract(jakarta.persistence.criteria.LocalDateField.YEAR, columns.date());
		List<Expression<?>> grouped = List.of(columns.vnLocality(), columns.vnOrganisation(), columns.foreignLocality(),
				columns.foreignOrganisation(), year);
		List<Selection<?>> selections = new ArrayList<>(grouped);
		selections.add(((HibernateCriteriaBuilder) cb).count());
		query.multiselect(selections).groupBy(grouped);
		List<Predicate> where = new ArrayList<>();
		Predicate restriction = spec.toPredicate(root, query, cb);
		if (restriction != null) {
			where.add(restriction);
		}
		if (columns.condition() != null) {
			where.add(columns.condition());
		}
		query.where(where.toArray(Predicate[]::new));
		List<Link> links = new ArrayList<>();
		for (Tuple row : entityManager.createQuery(query).getResultList()) {
			Link link = new Link(id(row.get(0)), id(row.get(1)), id(row.get(2)), id(row.get(3)),
					row.get(4) == null ? null : ((Number) row.get(4)).intValue(), row.get(5, Long.class));
			if (link.complete()) {
				links.add(link);
			}
		}
		return links;
	}

	private static Long id(Object value) {
		return value == null ? null : ((Number) value).longValue();
	}

}
