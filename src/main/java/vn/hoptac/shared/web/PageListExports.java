package vn.hoptac.shared.web;

import java.util.HashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.handler.AbstractHandlerMapping;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The export route of the list pages: {@code GET /agreements?country=KR&format=xlsx} is answered
 * by the API list {@code /api/v1/agreements} itself (same handler, same parameter names, same
 * query and access), as the signed-in reader of the page, so a page's download needs no token
 * and every page gets one without code of its own. Without a file {@code format}, or for a path
 * without an API list, the page answers as usual.
 */
@Component
class PageListExports extends AbstractHandlerMapping {

	static final String API = "/api/v1";

	private final ObjectProvider<RequestMappingHandlerMapping> mappings;

	private volatile Map<String, HandlerMethod> lists;

	PageListExports(@Qualifier("requestMappingHandlerMapping") ObjectProvider<RequestMappingHandlerMapping> mappings) {
		this.mappings = mappings;
		setOrder(Ordered.HIGHEST_PRECEDENCE);
	}

	@Override
	protected Object getHandlerInternal(HttpServletRequest request) {
		if (!"GET".equals(request.getMethod()) || request.getRequestURI().startsWith(API + "/")) {
			return null;
		}
		String format = request.getParameter("format");
		if (format == null || !ExportFormat.of(format).isFile()) {
			return null;
		}
		HandlerMethod list = lists().get(pagePath(request));
		return list == null ? null : list.createWithResolvedBean();
	}

	/** Whether the page at this path has an API list to export from. */
	boolean exports(String pagePath) {
		return lists().containsKey(pagePath);
	}

	private static String pagePath(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
	}

	/** The API lists by the page path they serve ("/agreements" for "/api/v1/agreements"). */
	private Map<String, HandlerMethod> lists() {
		Map<String, HandlerMethod> known = lists;
		if (known == null) {
			known = new HashMap<>();
			for (var entry : mappings.getObject().getHandlerMethods().entrySet()) {
				HandlerMethod handler = entry.getValue();
				if (ListExportConfiguration.isList(handler.getMethod(), handler.getBeanType())) {
					for (String pattern : entry.getKey().getPatternValues()) {
						if (pattern.startsWith(API + "/") && !pattern.contains("{")) {
							known.put(pattern.substring(API.length()), handler);
						}
					}
				}
			}
			lists = known;
		}
		return known;
	}

}
