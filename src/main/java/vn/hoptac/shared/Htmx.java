package vn.hoptac.shared;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * What an htmx request asks for. A list handler answers a request from its facet form with the
 * rows fragment only, and any other request (a plain visit, or htmx restoring history) with the
 * whole page.
 */
public final class Htmx {

	private Htmx() {
	}

	/** Whether to answer with a fragment; also tells caches that the answer depends on it. */
	public static boolean wantsFragment(HttpServletRequest request, HttpServletResponse response) {
		response.addHeader("Vary", "HX-Request");
		return "true".equals(request.getHeader("HX-Request"))
				&& request.getHeader("HX-History-Restore-Request") == null;
	}

	/** Whether htmx swaps the answer into the element of this id (a list's own rows, not another page's). */
	public static boolean targets(HttpServletRequest request, String id) {
		return id.equals(request.getHeader("HX-Target"));
	}

}
