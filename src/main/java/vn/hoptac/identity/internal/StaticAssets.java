package vn.hoptac.identity.internal;

import jakarta.servlet.http.HttpServletRequest;

/** Stylesheets, scripts and the error page: served to anyone, whatever the state of their session. */
final class StaticAssets {

	private StaticAssets() {
	}

	static boolean isStaticAsset(HttpServletRequest request) {
		String path = pathOf(request);
		return path.startsWith("/webjars/") || path.startsWith("/css/") || path.startsWith("/js/")
				|| path.startsWith("/geo/")
				|| path.startsWith("/error") || path.equals("/favicon.ico");
	}

	static String pathOf(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}

}
