package vn.hoptac.shared;

/**
 * The person (or system task) on whose behalf a service runs: their role and, for provincial roles,
 * the current province and unit they work for.
 */
public record Actor(String username, Role role, Long provinceId, Long organisationId) {

	public static final Actor SYSTEM = new Actor("system", Role.ADMIN, null, null);

	/** Implemented by the authenticated principal, so that modules learn the actor without knowing identity. */
	public interface Holder {

		Actor actor();

	}

}
