package vn.hoptac.identity.internal;

import java.io.Serial;
import java.util.Collection;
import java.util.List;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import vn.hoptac.identity.User;
import vn.hoptac.shared.Actor;
import vn.hoptac.shared.Role;

/**
 * The principal of a signed-in session or API call: Spring Security's view and the modules'
 * {@link Actor}. It is a snapshot of the user's row (rights and security stamp), compared with the
 * row on each request of a session; only plain values, so that a stored session can hold it.
 */
public record SignedInUser(long id, String username, Role role, Long provinceId, Long organisationId,
		boolean enabled, boolean mustChangePassword, long securityVersion, String password)
		implements UserDetails, Actor.Holder {

	@Serial
	private static final long serialVersionUID = 1L;

	/** The user as they may act now, without their password hash. */
	public static SignedInUser of(User user) {
		return new SignedInUser(user.getId(), user.getUsername(), user.getRole(), user.getProvinceId(),
				user.getOrganisationId(), user.isEnabled(), user.isMustChangePassword(), user.getSecurityVersion(), "");
	}

	/** The user with the password hash to check a sign-in against. */
	static SignedInUser withPasswordHash(User user) {
		SignedInUser principal = of(user);
		return new SignedInUser(principal.id, principal.username, principal.role, principal.provinceId,
				principal.organisationId, principal.enabled, principal.mustChangePassword, principal.securityVersion,
				user.getPasswordHash());
	}

	SignedInUser withoutPassword() {
		return new SignedInUser(id, username, role, provinceId, organisationId, enabled, mustChangePassword,
				securityVersion, "");
	}

	/** Whether a session signed in as this principal may go on: the account is enabled and its password unchanged. */
	boolean stillValidFor(User current) {
		return current.isEnabled() && current.getSecurityVersion() == securityVersion;
	}

	/** Whether this principal carries the current rights of the user (role, province, unit, password duty). */
	boolean sameRightsAs(User current) {
		return withoutPassword().equals(of(current));
	}

	@Override
	public Actor actor() {
		return new Actor(username, role, provinceId, organisationId);
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return List.of(new SimpleGrantedAuthority("ROLE_" + role.name()));
	}

	@Override
	public String getPassword() {
		return password;
	}

	@Override
	public String getUsername() {
		return username;
	}

	@Override
	public boolean isEnabled() {
		return enabled;
	}

}
