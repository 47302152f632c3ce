package vn.hoptac.shared.web;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One clock for every rule about dates, in Vietnam's time zone. */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

	@Bean
	Clock clock() {
		return Clock.system(java.time.ZoneId.of("Asia/Ho_Chi_Minh"));
	}

}
