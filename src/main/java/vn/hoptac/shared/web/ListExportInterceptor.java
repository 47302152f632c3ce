package vn.hoptac.shared.web;

import java.io.OutputStream;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.List;
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
import vn.hoptac.shared.RecordExport;
import vn.hoptac.shared.RecordList;

/**
 * Answers {@code format=csv|xlsx} on any API list (a controller method returning a
 * {@link PageResponse}) and writes the rows to the response as it reads them, so the whole list is
 * never held in memory and the reader sees only what the JSON list would show them. The method is
 * called once, for one row, which says what the list read ({@link PageResponse#query()}: its
 * filters, free text, access and order) and, read before the response starts, turns a bad filter or
 * a reader without rights into a problem answer. The rows of that query are then read as lean tuples
 * by key, with the columns the record type declares ({@link RecordExport}). A list that is not paged
 * (its method takes no {@code page} and {@code size}: the reader's reminders) is answered whole by
 * that one call, and its items are written with the columns declared for them ({@link ExportColumns}).
 * Without {@code format}, the list is untouched.
 */
final class ListExportInterceptor implements MethodInterceptor {

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
		Locale locale = LocaleContextHolder.getLocale();
		Class<Object> item = itemType(method);
		RecordExport<?> lean = exporter.recordExportFor(item);
		// a paged list's first row tells the export its query, read before the response starts
		PageResponse<?> first = firstPage(invocation, arguments, method);
		RecordList.Query query = first.query();
		ExportColumns<Object> whole = lean == null ? exporter.wholeListColumns(item) : null;
		if (lean != null && (query == null || query.type() != lean.type())) {
			throw new IllegalStateException(method + " answers no query of " + lean.type().getSimpleName());
		}
		if (lean == null && (whole == null || isPaged(method))) {
			throw new IllegalStateException(method + " declares no export of " + item.getSimpleName());
		}
		ExportColumns<?> columns = lean != null ? lean.columns() : whole;
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
			if (lean != null) {
				exporter.writeRecords(query, lean, sheet, locale);
			}
			else {
				exporter.writeItems(first.items(), whole, sheet, locale);
			}
		}
		response.flushBuffer();
	}

	/**
	 * The list's answer to the export's request: of a paged list, its first row only (the export
	 * reads the rest by key); of a list answered whole, all of it.
	 */
	private static PageResponse<?> firstPage(ProxyMethodInvocation invocation, Object[] arguments, Method method)
			throws Throwable {
		Object[] paged = arguments.clone();
		if (isPaged(method)) {
			paged[indexOf(method, "page")] = 0;
			paged[indexOf(method, "size")] = 1;
		}
		return (PageResponse<?>) invocation.invocableClone(paged).proceed();
	}

	private static boolean isPaged(Method method) {
		return indexOf(method, "page") >= 0 && indexOf(method, "size") >= 0;
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
