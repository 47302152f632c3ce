package vn.hoptac.demo;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Whether this instance runs in demo mode: {@code hoptac.demo} if set, otherwise on exactly when
 * the database is the embedded H2 one.
 */
@Component
public class DemoMode {

	private final boolean enabled;

	DemoMode(Environment environment) {
		String setting = environment.getProperty("hoptac.demo", "");
		String url = environment.getProperty("spring.datasource.url", "");
		this.enabled = setting.isBlank() ? url.startsWith("jdbc:h2:") : Boolean.parseBoolean(setting.trim());
	}

	public boolean isEnabled() {
		return enabled;
	}

}
