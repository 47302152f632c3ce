package vn.hoptac.shared.web;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.springframework.aop.ProxyMethodInvocation;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import vn.hoptac.shared.ExportColumns;
import vn.hoptac.shared.PageResponse;
import vn.hoptac.shared.Paging;
import vn.hoptac.shared.RecordExport;
import vn.hoptac.shared.RecordList;

/**
 * Answers {@code format=csv|xlsx} on any API list (a controller method returning a
 * {@link PageResponse}) and writes the rows to the response as it reads them, so the whole list is
 * never held in memory and the reader sees only what the JSON list would show them. The method is
 * called first for a page, which says what the list read ({@link PageResponse#query()}: its filters,
 * free text, access and order) and, read before the response starts, turns a bad filter into a
 * problem answer. Where the item type's record declares a {@link RecordExport}, the rows of that
 * query are read as lean tuples by key; otherwise the method is called again page after page of
 * {@link Paging#MAX_SIZE} rows in the list's own order. Without {@code format}, the list is untouched.
 */
final class ListExportInterceptor implements MethodInterceptor {

	static final int CHUNK = Paging.MAX_SIZE;

	/** The parameter naming the token under which the page follows the export ({@link ExportProgress}). */
	static final String PROGRESS = "progress";

	private final ListExporter exporter;

	ListExportInterceptor(ListExporter exporter) {
		this.exporter = exporter;
	}

	@Override
	public Object invoke(MethodInvocation invocation) throws Throwable {
		if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)
				|| attributes.getResponse() == null
				|| !(invocation instanceof ProxyMethodInvocation proxied)) {
			return invocation.proceed();
		}
		ExportFormat format = ExportFormat.of(attributes.getRequest().getParameter("format"));
		if (!format.isFile()) {
			return invocation.proceed();
		}
		export(proxied, format, attributes.getRequest(), attributes.getResponse());
		return null;
	}

	private void export(ProxyMethodInvocation invocation, ExportFormat format, HttpServletRequest request,
			HttpServletResponse response) throws Throwable {
		Method method = invocation.getMethod();
		Object[] arguments = invocation.getArguments().clone();
		int pageAt = indexOf(method, "page");
		int sizeAt = indexOf(method, "size");
		Locale locale = LocaleContextHolder.getLocale();
		RecordExport<?> lean = exporter.recordExportFor(itemType(method));
		// one row tells a lean export its query; the list's first page is read before the response starts
		PageResponse<?> first = chunk(invocation, arguments, pageAt, sizeAt, 0, lean == null ? CHUNK : 1);
		RecordList.Query query = first.query();
		boolean byKey = lean != null && query != null && query.type() == lean.type();
		if (lean != null && !byKey) {
			first = chunk(invocation, arguments, pageAt, sizeAt, 0, CHUNK);
		}
		ExportColumns<Object> declared = exporter.columnsFor(itemType(method));
		ExportColumns<?> columns = byKey ? lean.columns() : declared;
		String filters = exporter.filterLine(method.getParameters(), arguments, locale);
		String name = listName(request);
		exporter.recordExport(name + "." + format.extension(), method.getParameters(), arguments);
		response.setContentType(format.contentType());
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
			.filename(name + "." + format.extension(), StandardCharsets.UTF_8)
			.build()
			.toString());
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		OutputStream out = response.getOutputStream();
		try (ExportSheet sheet = exporter.counted(format == ExportFormat.CSV ? new CsvSheet(out) : new XlsxSheet(out, name),
				request.getParameter(PROGRESS))) {
			sheet.title(filters);
			sheet.header(exporter.headers(columns, locale));
			if (byKey) {
				exporter.writeRecords(query, lean, sheet, locale);
			}
			else {
				writePages(invocation, first, arguments, pageAt, sizeAt, declared, sheet, locale);
			}
		}
		response.flushBuffer();
	}

	/**
	 * The rows of a list without a declared {@link RecordExport}: the list method called again page
	 * after page, its items written as they come.
	 */
	private void writePages(ProxyMethodInvocation invocation, PageResponse<?> first, Object[] arguments, int pageAt,
			int sizeAt, ExportColumns<Object> columns, ExportSheet sheet, Locale locale) throws Throwable {
		Map<List<Object>, Object> resolved = new HashMap<>();
		PageResponse<?> chunk = first;
		for (int page = 1;; page++) {
			for (Object item : chunk.items()) {
				sheet.row(exporter.cells(columns, item, locale, resolved));
			}
			if (pageAt < 0 || sizeAt < 0 || chunk.items().size() < CHUNK) {
				break;
			}
			chunk = chunk(invocation, arguments, pageAt, sizeAt, page, CHUNK);
		}
	}

	/** One page of the list, fetched by calling the list method again with only its page changed. */
	private static PageResponse<?> chunk(ProxyMethodInvocation invocation, Object[] arguments, int pageAt,
			int sizeAt, int page, int size) throws Throwable {
		Object[] paged = arguments.clone();
		if (pageAt >= 0 && sizeAt >= 0) {
			paged[pageAt] = page;
			paged[sizeAt] = size;
		}
		return (PageResponse<?>) RecordList.withoutTotals(() -> invocation.invocableClone(paged).proceed());
	}

	private static int indexOf(Method method, String parameter) {
		var parameters = method.getParameters();
		for (int i = 0; i < parameters.length; i++) {
			if (parameter.equals(ListExporter.parameterName(parameters[i]))
					&& parameters[i].getType() == Integer.class) {
				return i;
			}
		}
		return -1;
	}

	@SuppressWarnings("unchecked")
	private static Class<Object> itemType(Method method) {
		Type returned = method.getGenericReturnType();
		if (returned instanceof ParameterizedType generic && generic.getActualTypeArguments()[0] instanceof Class<?> item) {
			return (Class<Object>) item;
		}
		return Object.class;
	}

	/** The file's name: the list's last path segment ("agreements", "reported-totals"). */
	private static String listName(HttpServletRequest request) {
		List<String> segments = List.of(request.getRequestURI().split("/"));
		String last = segments.isEmpty() ? "" : segments.get(segments.size() - 1);
		return last.isBlank() ? "export" : last;
	}

}
