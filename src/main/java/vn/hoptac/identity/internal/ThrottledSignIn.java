package vn.hoptac.identity.internal;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The one way to sign in with a name and password, for the sign-in form and HTTP Basic alike:
 * the attempt is counted by {@link SignInThrottle} before the password is checked (and refused
 * unchecked while its source must wait), then checked against the Argon2 hash.
 * <p>
 * Only a correct password learns that an account is disabled; a wrong one gets the answer of an
 * unknown name. The signed-in principal keeps no password hash (sessions may be stored).
 */
@Component
class ThrottledSignIn implements AuthenticationProvider {

	private final DaoAuthenticationProvider passwords;

	private final SignInThrottle throttle;

	ThrottledSignIn(SignedInUsers users, PasswordEncoder encoder, SignInThrottle throttle) {
		this.passwords = new DaoAuthenticationProvider(users);
		this.passwords.setPasswordEncoder(encoder);
		this.passwords.setPreAuthenticationChecks(user -> {
		});
		this.passwords.setPostAuthenticationChecks(user -> {
			if (!user.isEnabled()) {
				throw new DisabledException("Account disabled");
			}
		});
		this.throttle = throttle;
	}

	@Override
	public Authentication authenticate(Authentication attempt) {
		String account = attempt.getName();
		String source = SignInThrottle.sourceOf(attempt.getDetails());
		throttle.countAttempt(account, source).ifPresent(wait -> {
			throw new SignInDelayedException(wait);
		});
		Authentication result = passwords.authenticate(attempt);
		throttle.succeeded(account, source);
		SignedInUser principal = ((SignedInUser) result.getPrincipal()).withoutPassword();
		var signedIn = UsernamePasswordAuthenticationToken.authenticated(principal, null, result.getAuthorities());
		signedIn.setDetails(result.getDetails());
		return signedIn;
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
