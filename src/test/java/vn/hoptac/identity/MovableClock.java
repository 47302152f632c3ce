package vn.hoptac.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/** A clock that stands still until a test moves it on. */
final class MovableClock extends Clock {

	private final AtomicReference<Instant> now;

	private final ZoneId zone;

	MovableClock(Instant start, ZoneId zone) {
		this(new AtomicReference<>(start), zone);
	}

	private MovableClock(AtomicReference<Instant> now, ZoneId zone) {
		this.now = now;
		this.zone = zone;
	}

	void advance(Duration duration) {
		now.updateAndGet(instant -> instant.plus(duration));
	}

	@Override
	public ZoneId getZone() {
		return zone;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return new MovableClock(now, zone);
	}

	@Override
	public Instant instant() {
		return now.get();
	}

}
