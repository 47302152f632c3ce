package vn.hoptac;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** For page tests: a request made in a signed-in session of a demo (or test) account. */
public final class SignedInAs {

	private final UserDetailsService users;

	public SignedInAs(UserDetailsService users) {
		this.users = users;
	}

	public RequestPostProcessor user(String username) {
		UserDetails details = users.loadUserByUsername(username);
		return SecurityMockMvcRequestPostProcessors
			.authentication(UsernamePasswordAuthenticationToken.authenticated(details, null, details.getAuthorities()));
	}

}
