package vn.hoptac.identity.internal;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Loads a user to check a sign-in against; {@link ThrottledSignIn} counts the attempts. */
@Component
class SignedInUsers implements UserDetailsService {

	private final UserRepository users;

	SignedInUsers(UserRepository users) {
		this.users = users;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		return users.findByUsername(username)
			.map(SignedInUser::withPasswordHash)
			.orElseThrow(() -> new UsernameNotFoundException(username));
	}

}
