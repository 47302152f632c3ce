package vn.hoptac.identity.internal;

import java.time.Duration;

import org.springframework.security.core.AuthenticationException;

/** A sign-in refused without checking its password: too many attempts from its source for its name. */
public class SignInDelayedException extends AuthenticationException {

	private final Duration retryAfter;

	SignInDelayedException(Duration retryAfter) {
		super("Too many sign-in attempts; retry after " + retryAfter);
		this.retryAfter = retryAfter;
	}

	/** How long the source must wait before its next attempt is considered. */
	public Duration retryAfter() {
		return retryAfter;
	}

}
