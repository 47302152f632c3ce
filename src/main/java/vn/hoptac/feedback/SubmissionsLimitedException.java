package vn.hoptac.feedback;

/** A client submitted more feedback than one window allows: answered 429 with Retry-After. */
public class SubmissionsLimitedException extends RuntimeException {

	private final long retryAfterSeconds;

	public SubmissionsLimitedException(long retryAfterSeconds) {
		super("Too many feedback submissions; retry after " + retryAfterSeconds + " s");
		this.retryAfterSeconds = retryAfterSeconds;
	}

	public long retryAfterSeconds() {
		return retryAfterSeconds;
	}

}
