package vn.hoptac.shared;

import java.io.Serializable;

/**
 * The person (or system task) on whose behalf a service runs: their role and, for provincial roles,
 * the current province and unit they work for. Serializable: it is part of the signed-in principal,
 * which the session keeps in the database.
 */
public record Actor(String username, Role role, Long provinceId, Long organisationId) implements Serializable {

	public static final Actor SYSTEM = new Actor("system", Role.ADMIN, null, null);

	/** Implemented by the authenticated principal, so that modules learn the actor without knowing identity. */
	public interface Holder {

		Actor actor();

	}

}
