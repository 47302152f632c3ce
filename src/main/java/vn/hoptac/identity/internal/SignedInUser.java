package vn.hoptac.identity.internal;

import java.util.Collection;
import java.util.List;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import vn.hoptac.identity.User;
import vn.hoptac.shared.Actor;

/** The principal of a signed-in session or API call: Spring Security's view and the modules' {@link Actor}. */
public record SignedInUser(Actor actor, String password, boolean enabled, boolean locked, boolean mustChangePassword)
		implements UserDetails, Actor.Holder {

	public static SignedInUser of(User user, String passwordHash, boolean locked) {
		return new SignedInUser(user.actor(), passwordHash, user.isEnabled(), locked, user.isMustChangePassword());
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return List.of(new SimpleGrantedAuthority("ROLE_" + actor.role().name()));
	}

	@Override
	public String getPassword() {
		return password;
	}

	@Override
	public String getUsername() {
		return actor.username();
	}

	@Override
	public boolean isAccountNonLocked() {
		return !locked;
	}

	@Override
	public boolean isEnabled() {
		return enabled;
	}

}
