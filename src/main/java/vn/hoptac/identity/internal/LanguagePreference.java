package vn.hoptac.identity.internal;

import java.time.Duration;
import java.util.Locale;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

import vn.hoptac.identity.UserService;
import vn.hoptac.shared.Access;
import vn.hoptac.shared.Languages;

/**
 * The language of a request. API calls follow {@code Accept-Language}. Pages follow the signed-in
 * user's saved choice, else the visitor's cookie, else Vietnamese; a browser's own language does
 * not override Vietnamese. Choosing a language (the switcher's {@code ?lang=}) saves it for the
 * user and in a cookie.
 */
@Component("localeResolver")
class LanguagePreference implements LocaleResolver {

	static final String COOKIE = "hoptac-lang";

	private final UserService users;

	LanguagePreference(@Lazy UserService users) {
		this.users = users;
	}

	@Override
	public Locale resolveLocale(HttpServletRequest request) {
		String path = request.getRequestURI();
		if (path != null && (path.startsWith(request.getContextPath() + "/api/")
				|| path.startsWith(request.getContextPath() + "/v3/"))) {
			return fromHeader(request);
		}
		Object chosen = request.getAttribute(COOKIE);
		if (chosen instanceof Locale locale) {
			return locale;
		}
		if (Access.current().isPresent()) {
			var saved = users.current().map(u -> Languages.of(u.getLanguage())).flatMap(l -> l);
			if (saved.isPresent()) {
				return saved.get();
			}
		}
		return cookie(request).flatMap(Languages::of).orElse(Languages.VIETNAMESE);
	}

	@Override
	public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
		Locale chosen = Languages.of(locale == null ? null : locale.toLanguageTag()).orElse(Languages.VIETNAMESE);
		request.setAttribute(COOKIE, chosen);
		Cookie cookie = new Cookie(COOKIE, chosen.getLanguage());
		cookie.setPath("/");
		cookie.setMaxAge((int) Duration.ofDays(365).toSeconds());
		cookie.setHttpOnly(true);
		response.addCookie(cookie);
		if (Access.current().isPresent()) {
			users.chooseLanguage(chosen.getLanguage());
		}
	}

	private static Locale fromHeader(HttpServletRequest request) {
		if (request.getHeader("Accept-Language") == null) {
			return Languages.VIETNAMESE;
		}
		for (Locale requested : java.util.Collections.list(request.getLocales())) {
			var supported = Languages.of(requested.toLanguageTag());
			if (supported.isPresent()) {
				return supported.get();
			}
		}
		return Languages.VIETNAMESE;
	}

	private static java.util.Optional<String> cookie(HttpServletRequest request) {
		if (request.getCookies() == null) {
			return java.util.Optional.empty();
		}
		for (Cookie cookie : request.getCookies()) {
			if (COOKIE.equals(cookie.getName())) {
				return java.util.Optional.of(cookie.getValue());
			}
		}
		return java.util.Optional.empty();
	}

}
