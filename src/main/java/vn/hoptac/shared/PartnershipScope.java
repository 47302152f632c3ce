package vn.hoptac.shared;

import java.util.Collection;
import java.util.Set;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;

/**
 * The partnerships a {@link PartnershipActivitySource} is asked about, as a condition on its records'
 * partnership id within its own query: a few partnerships by id (a province's too, when they are few),
 * those of a province (a subquery of the partners module), or every one. A province or the nation is asked in one statement, however many
 * partnerships it has; a scope may hold more partnerships than are evaluated (their signals go unused).
 */
@FunctionalInterface
public interface PartnershipScope {

	/** The condition that a record's partnership is in scope; null when every partnership is. */
	Predicate contains(Expression<Long> partnershipId, CriteriaQuery<?> query, CriteriaBuilder cb);

	/** Every partnership: no condition. */
	static PartnershipScope everyPartnership() {
		return (partnershipId, query, cb) -> null;
	}

	/** These partnerships (a partnership's page asks for one, a province's scope for its few). */
	static PartnershipScope of(Collection<Long> partnershipIds) {
		return new ById(Set.copyOf(partnershipIds));
	}

	/** Partnerships named by id. */
	record ById(Set<Long> ids) implements PartnershipScope {

		@Override
		public Predicate contains(Expression<Long> partnershipId, CriteriaQuery<?> query, CriteriaBuilder cb) {
			return ids.isEmpty() ? cb.disjunction() : partnershipId.in(ids);
		}

	}

}
