package vn.hoptac.identity.internal;

import java.time.Clock;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.hoptac.identity.UserService;

/**
 * Loads users for sign-in and counts failures: after five in a row the account is locked for a
 * quarter of an hour, for form sign-in and HTTP Basic alike.
 */
@Component
class SignedInUsers implements UserDetailsService {

	private final UserRepository users;

	private final UserService userService;

	private final Clock clock;

	SignedInUsers(UserRepository users, UserService userService, Clock clock) {
		this.users = users;
		this.userService = userService;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		return users.findByUsername(username)
			.map(user -> SignedInUser.of(user, user.getPasswordHash(), user.isLockedAt(clock.instant())))
			.orElseThrow(() -> new UsernameNotFoundException(username));
	}

	@EventListener
	void failed(AuthenticationFailureBadCredentialsEvent event) {
		userService.recordFailedSignIn(event.getAuthentication().getName());
	}

	@EventListener
	void succeeded(AuthenticationSuccessEvent event) {
		if (event.getAuthentication().getPrincipal() instanceof SignedInUser user) {
			userService.recordSignIn(user.getUsername());
		}
	}

}
