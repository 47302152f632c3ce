package vn.hoptac.shared;

import java.util.List;

import org.springframework.security.access.AccessDeniedException;

/**
 * Who may read, create, change and delete the records of a type. Most types follow the registry's
 * rule ({@link Access}: by province, unit and role); a type of national records has its own, by
 * role alone ({@link #byRole}). {@link RecordWrites} asks these; lists of such a type restrict
 * themselves with {@link #readable()}.
 */
public interface RecordRights {

	/** The registry's rule. */
	RecordRights REGISTRY = new RecordRights() {
	};

	default boolean canRead(Stewardship record) {
		return Access.canRead(record);
	}

	default boolean canWrite(Stewardship record) {
		return Access.canWrite(Access.current().orElse(null), record);
	}

	default boolean canDelete(Stewardship record) {
		return Access.canDelete(Access.current().orElse(null), record);
	}

	/** 401 for anonymous visitors, 403 for roles that create nothing. */
	default Actor checkWriter() {
		return Access.checkWriter();
	}

	/** What a list of the type shows the current reader. */
	default <T> org.springframework.data.jpa.domain.Specification<T> readable() {
		return Access.readable();
	}

	/** 401 for anonymous visitors, 403 for others who may not read it. */
	default void checkRead(Stewardship record) {
		if (!canRead(record)) {
			Access.required();
			throw new AccessDeniedException("Not visible to you");
		}
	}

	/** 401 for anonymous visitors, 403 for others who may not change it. */
	default void checkWrite(Stewardship record) {
		Access.required();
		if (!canWrite(record)) {
			throw new AccessDeniedException("Not yours to change");
		}
	}

	/** 401 for anonymous visitors, 403 for others who may not delete it. */
	default void checkDelete(Stewardship record) {
		Access.required();
		if (!canDelete(record)) {
			throw new AccessDeniedException("Not yours to delete");
		}
	}

	/**
	 * National records: every signed-in reader reads them (anonymous visitors the public ones), the
	 * writers change them wherever they are kept, the deleters delete them.
	 */
	static RecordRights byRole(List<Role> writers, List<Role> deleters) {
		return new RecordRights() {

			@Override
			public boolean canRead(Stewardship record) {
				return record.visibility() == Visibility.PUBLIC || Access.current().isPresent();
			}

			@Override
			public boolean canWrite(Stewardship record) {
				return Access.current().map(actor -> writers.contains(actor.role())).orElse(false);
			}

			@Override
			public boolean canDelete(Stewardship record) {
				return Access.current().map(actor -> deleters.contains(actor.role())).orElse(false);
			}

			@Override
			public Actor checkWriter() {
				return Access.checkRole(writers.toArray(Role[]::new));
			}

			@Override
			public <T> org.springframework.data.jpa.domain.Specification<T> readable() {
				boolean signedIn = Access.current().isPresent();
				return (root, query, cb) -> signedIn ? null
						: cb.equal(root.get("stewardship").get("visibility"), Visibility.PUBLIC);
			}

		};
	}

}
