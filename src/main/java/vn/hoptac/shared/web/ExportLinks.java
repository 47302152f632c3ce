package vn.hoptac.shared.web;

import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The download links of a list page, for templates: {@code @exportLinks.href('csv')} is the page's
 * own path with the filters in force and {@code format=csv} ({@link PageListExports}); a page's
 * decade facet becomes the API's {@code yearFrom}/{@code yearTo}. Null where there is no list.
 */
@Component("exportLinks")
public class ExportLinks {

	private static final Set<String> DROPPED = Set.of("page", "size", "format", "decade", "lang",
			ListExportInterceptor.PROGRESS);

	/** The decade, when chosen, wins over years given otherwise (as on the pages). */
	private static final Set<String> YEARS = Set.of("yearFrom", "yearTo");

	private final PageListExports exports;

	ExportLinks(PageListExports exports) {
		this.exports = exports;
	}

	public String href(String format) {
		if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
			return null;
		}
		HttpServletRequest request = attributes.getRequest();
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (!exports.exports(path)) {
			return null;
		}
		UriComponentsBuilder link = UriComponentsBuilder.fromPath(request.getContextPath() + path);
		String decade = request.getParameter("decade");
		boolean byDecade = decade != null && decade.matches("\\d{4}");
		for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
			String name = parameter.getKey();
			if (!DROPPED.contains(name) && !(byDecade && YEARS.contains(name))) {
				for (String value : parameter.getValue()) {
					if (!value.isBlank()) {
						link.queryParam(parameter.getKey(), value);
					}
				}
			}
		}
		if (byDecade) {
			int from = Integer.parseInt(decade);
			link.queryParam("yearFrom", from).queryParam("yearTo", from + 9);
		}
		return link.queryParam("format", format).encode().build().toUriString();
	}

}
