package vn.hoptac.shared.web;

import java.time.Clock;
import java.util.List;
import java.util.Locale;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

/** Vietnamese by default; English and Korean on request. One clock for every rule about dates. */
@Configuration(proxyBeanMethods = false)
class LocaleConfiguration {

	static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	static final List<Locale> SUPPORTED = List.of(VIETNAMESE, Locale.ENGLISH, Locale.KOREAN);

	@Bean
	LocaleResolver localeResolver() {
		AcceptHeaderLocaleResolver resolver = new AcceptHeaderLocaleResolver();
		resolver.setDefaultLocale(VIETNAMESE);
		resolver.setSupportedLocales(SUPPORTED);
		return resolver;
	}

	@Bean
	Clock clock() {
		return Clock.system(java.time.ZoneId.of("Asia/Ho_Chi_Minh"));
	}

}
