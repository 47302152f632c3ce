package vn.hoptac.shared;

import jakarta.persistence.criteria.AbstractQuery;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import jakarta.persistence.metamodel.Attribute;

import org.hibernate.query.criteria.JpaSelectCriteria;
import org.hibernate.query.sqm.SqmPathSource;
import org.hibernate.query.sqm.tree.domain.SqmDerivedRoot;
import org.hibernate.query.sqm.tree.domain.SqmEmbeddedValuedSimplePath;
import org.hibernate.query.sqm.tree.from.SqmRoot;
import org.hibernate.query.sqm.tree.select.SqmSubQuery;

/**
 * The roots of the lists' queries, built so that Hibernate sees two queries of one shape as the same
 * and translates the shape to SQL once (its plan cache, {@link RecordList}). Hibernate 7.4 names two
 * things of a criteria query by a number unique in the process, which no later query repeats: the path
 * to an embedded value (a record's {@code stewardship}, on which every reader but a national one is
 * filtered) and a subquery in FROM. A query holding either never matched the plan kept for its shape:
 * it was translated again on every request, and kept as one plan more (docs/benchmarks.md).
 */
final class ListShapes {

	private ListShapes() {
	}

	/**
	 * A root of the type in the query, whose embedded values are reached through paths named after
	 * their attributes: {@code root.get("stewardship")} is then the same path in every query.
	 */
	@SuppressWarnings({ "unchecked", "rawtypes" })
	static <T> Root<T> from(AbstractQuery<?> query, Class<T> type) {
		SqmRoot<T> root = (SqmRoot<T>) query.from(type);
		for (Attribute<? super T, ?> attribute : root.getModel().getAttributes()) {
			String name = attribute.getName();
			if (attribute.getPersistentAttributeType() == Attribute.PersistentAttributeType.EMBEDDED
					&& root.getReusablePath(name) == null) {
				SqmPathSource source = root.getReferencedPathSource().findSubPathSource(name);
				root.registerReusablePath(new SqmEmbeddedValuedSimplePath(root.getNavigablePath().append(name), source,
						root, root.nodeBuilder()));
			}
		}
		return root;
	}

	/** The subquery as a root of the query (a table in its FROM), named. */
	static <X> Root<X> from(JpaSelectCriteria<?> query, Subquery<X> subquery, String name) {
		SqmDerivedRoot<X> root = new SqmDerivedRoot<>((SqmSubQuery<X>) subquery, name);
		query.getQuerySpec().addRoot(root);
		return root;
	}

}
