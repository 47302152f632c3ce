package vn.hoptac.reviews;

import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The periods the health rules use: {@code hoptac.health.dormant-after} (default 24 months: a formal
 * partnership with no activity for that long is dormant, a letter of intent that old is stuck) and
 * {@code hoptac.health.slowing-after} (default 12 months). Written like {@code 24m} or {@code 2y}.
 */
@ConfigurationProperties("hoptac.health")
public record HealthSettings(Period dormantAfter, Period slowingAfter) {

	public HealthSettings {
		dormantAfter = dormantAfter == null ? Period.ofMonths(24) : dormantAfter;
		slowingAfter = slowingAfter == null ? Period.ofMonths(12) : slowingAfter;
	}

	public static HealthSettings defaults() {
		return new HealthSettings(null, null);
	}

}
