package vn.hoptac.shared.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Parameter;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.RequestParam;

import vn.hoptac.shared.Access;
import vn.hoptac.shared.DateOf;
import vn.hoptac.shared.DatePrecision;
import vn.hoptac.shared.DatePrecision.PartialDate;
import vn.hoptac.shared.ExportColumns;
import vn.hoptac.shared.ExportColumns.Column;
import vn.hoptac.shared.ExportColumns.Kind;
import vn.hoptac.shared.ExportFilterNames;
import vn.hoptac.shared.ExportRow;
import vn.hoptac.shared.ExportRows;
import vn.hoptac.shared.ExportValue;
import vn.hoptac.shared.Languages;
import vn.hoptac.shared.RecordChanged;
import vn.hoptac.shared.RecordExport;
import vn.hoptac.shared.RecordList;

/**
 * Turns the items of any list into an export's lines in the reader's language: the line naming
 * the filters in force, the column headers, and each item's cells (labels for codes, names for
 * parties, numbers as numbers, dates as dates at their precision). The columns are those a module
 * declared: for a record type read by key ({@link RecordExport} beans) or for the items of a list
 * answered whole ({@link ExportColumns} beans).
 */
@Component
class ListExporter {

	/** The audit action of an export. */
	static final String EXPORTED = "EXPORTED";

	/** Rows read per query of a lean export: few enough to hold, many enough to keep queries few. */
	static final int RECORDS_PER_READ = 1000;

	/** Where the officers are: a moment is shown in their time in a workbook. */
	private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	/** Request parameters that page or shape a list rather than filter it. */
	private static final Set<String> NOT_FILTERS = Set.of("page", "size", "sort", "format", "lang");

	private final MessageSource messages;

	private final Labels labels;

	private final CountryNames countries;

	private final Map<Class<?>, ExportColumns<?>> declared;

	private final List<ExportFilterNames> filterNames;

	private final Map<Class<?>, RecordExport<?>> recordExports;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final EntityManager entityManager;

	private final TransactionTemplate reading;

	private final ExportProgress progress;

	ListExporter(MessageSource messages, Labels labels, CountryNames countries, List<ExportColumns<?>> declared,
			List<RecordExport<?>> recordExports, List<ExportFilterNames> filterNames, ApplicationEventPublisher events,
			Clock clock, EntityManager entityManager, PlatformTransactionManager transactions, ExportProgress progress) {
		this.progress = progress;
		this.entityManager = entityManager;
		this.reading = new TransactionTemplate(transactions);
		reading.setReadOnly(true);
		this.recordExports = recordExports.stream()
			.collect(Collectors.toMap(RecordExport::listItem, Function.identity()));
		this.events = events;
		this.clock = clock;
		this.messages = messages;
		this.labels = labels;
		this.countries = countries;
		this.declared = declared.stream().collect(Collectors.toMap(ExportColumns::type, Function.identity()));
		this.filterNames = filterNames;
	}

	/** The columns declared for the items of a list answered whole (not paged), or null. */
	@SuppressWarnings("unchecked")
	<T> ExportColumns<T> wholeListColumns(Class<T> type) {
		return (ExportColumns<T>) declared.get(type);
	}

	/** The lean export declared for the lists answering this item type, or null. */
	RecordExport<?> recordExportFor(Class<?> listItem) {
		return recordExports.get(listItem);
	}

	<T> List<String> headers(ExportColumns<T> columns, Locale locale) {
		return columns.columns()
			.stream()
			.map(c -> messages.getMessage(c.labelKey(), null, c.key(), locale))
			.toList();
	}

	/**
	 * The item's cells. {@code resolved}: the labels and names already written by this export, by
	 * column and value, so each is looked up once per export rather than once per row.
	 */
	<T> List<Object> cells(ExportColumns<T> columns, T item, Locale locale, Map<List<Object>, Object> resolved) {
		List<Object> cells = new ArrayList<>(columns.columns().size());
		for (Column<T> column : columns.columns()) {
			Object value = column.value().apply(item);
			boolean looked = value instanceof Enum<?> || column.kind() == Kind.COUNTRY || column.kind() == Kind.NAMED;
			cells.add(looked && value != null
					? resolved.computeIfAbsent(List.of(column.key(), value), k -> cell(column, value, locale))
					: cell(column, value, locale));
		}
		return cells;
	}

	/**
	 * Writes the rows of a list to the sheet as its declared lean export reads them: page after page
	 * by key, in one read-only transaction, the list's restriction and order ({@link ExportRows}).
	 */
	void writeRecords(RecordList.Query list, RecordExport<?> export, ExportSheet sheet, Locale locale) {
		Map<List<Object>, Object> resolved = new HashMap<>();
		reading.executeWithoutResult(status -> {
			try {
				ExportRows.walk(entityManager, list, export, RECORDS_PER_READ, rows -> {
					for (ExportRow row : rows) {
						sheet.row(cells(export.columns(), row, locale, resolved));
					}
				});
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
	}

	/** Writes the items of a list answered whole, in its order. */
	<T> void writeItems(List<?> items, ExportColumns<T> columns, ExportSheet sheet, Locale locale) throws IOException {
		Map<List<Object>, Object> resolved = new HashMap<>();
		for (Object item : items) {
			sheet.row(cells(columns, columns.type().cast(item), locale, resolved));
		}
	}

	/**
	 * The sheet itself, or, when the page asked with a progress token ({@code progress=} a random
	 * UUID), one that keeps the count of its rows where the page's polls read it.
	 */
	ExportSheet counted(ExportSheet sheet, String progressToken) {
		return ExportProgress.isToken(progressToken) ? new CountedSheet(sheet, progress, progressToken) : sheet;
	}

	/** "Bộ lọc: Quốc gia: Hàn Quốc; Từ năm: 2010", from the list method's filter parameters. */
	String filterLine(Parameter[] parameters, Object[] arguments, Locale locale) {
		List<String> named = new ArrayList<>();
		for (int i = 0; i < parameters.length; i++) {
			String name = parameterName(parameters[i]);
			Object value = arguments[i];
			if (name == null || NOT_FILTERS.contains(name) || value == null || value.toString().isBlank()) {
				continue;
			}
			String label = messages.getMessage("export.filter." + name, null, name, locale);
			named.add(label + ": " + filterValue(name, value, locale));
		}
		return named.isEmpty() ? messages.getMessage("export.filters.none", null, locale)
				: messages.getMessage("export.filters", new Object[] { String.join("; ", named) }, locale);
	}

	/**
	 * Leaves a trace in the audit log that a signed-in reader took a list away: who, which file, which
	 * filters (in Vietnamese, the audit's language). Anonymous readers export public rows only and
	 * are not recorded.
	 */
	void recordExport(String file, Parameter[] parameters, Object[] arguments) {
		Access.current().ifPresent(actor -> events.publishEvent(new RecordChanged(clock.instant(), actor.username(),
				EXPORTED, "export", null, file + " · " + filterLine(parameters, arguments, Languages.VIETNAMESE), null,
				null)));
	}

	/** The request parameter a list method's argument comes from, or null if none. */
	static String parameterName(Parameter parameter) {
		RequestParam param = parameter.getAnnotation(RequestParam.class);
		if (param == null) {
			return null;
		}
		String name = param.name().isEmpty() ? param.value() : param.name();
		return name.isEmpty() ? parameter.getName() : name;
	}

	private String filterValue(String name, Object value, Locale locale) {
		if (value instanceof Enum<?> code) {
			return labels.of(code);
		}
		if (value instanceof LocalDate day) {
			return messages.getMessage(DateOf.of(day), locale);
		}
		if (name.equalsIgnoreCase("country") || name.endsWith("Country")) {
			return countries.name(value.toString());
		}
		return named(name, value).orElse(value.toString());
	}

	private Optional<String> named(String kind, Object id) {
		for (ExportFilterNames names : filterNames) {
			Optional<String> found = names.name(kind, id);
			if (found.isPresent()) {
				return found;
			}
		}
		return Optional.empty();
	}

	private Object cell(Column<?> column, Object value, Locale locale) {
		Kind kind = column.kind();
		if (value == null) {
			return null;
		}
		if (kind == Kind.COUNTRY) {
			return countries.name(value.toString());
		}
		if (kind == Kind.NAMED) {
			return named(column.refers(), value).orElse(null);
		}
		if (kind == Kind.DATE) {
			return date(value);
		}
		if (kind == Kind.NUMBER || value instanceof Number) {
			return value instanceof Number ? value : new BigDecimal(value.toString());
		}
		return text(value, locale);
	}

	private String text(Object value, Locale locale) {
		if (value instanceof Enum<?> code) {
			return labels.of(code);
		}
		if (value instanceof ExportValue exported) {
			return exported.exportText(messages, locale);
		}
		if (value instanceof Boolean yes) {
			return messages.getMessage(yes ? "export.yes" : "export.no", null, locale);
		}
		if (value instanceof Collection<?> many) {
			return many.stream().map(v -> text(v, locale)).collect(Collectors.joining("; "));
		}
		return value.toString();
	}

	private static Object date(Object value) {
		if (value instanceof Instant moment) {
			return new ExportSheet.TimeCell(LocalDateTime.ofInstant(moment, VIETNAM), moment.toString());
		}
		if (value instanceof LocalDate day) {
			return new ExportSheet.DateCell(day, DatePrecision.DAY, day.toString());
		}
		if (value instanceof PartialDate partial) {
			return new ExportSheet.DateCell(partial.date(), partial.precision(), iso(partial));
		}
		String text = value.toString();
		PartialDate date = PartialDate.parse(text);
		return date == null ? null : new ExportSheet.DateCell(date.date(), date.precision(), text.trim());
	}

	/** "2004", "2004-05", "2004-05-17"; a bound starts with "..". */
	private static String iso(PartialDate date) {
		String day = date.date().toString();
		String period = switch (date.precision().period()) {
			case YEAR -> day.substring(0, 4);
			case MONTH -> day.substring(0, 7);
			default -> day;
		};
		return date.precision().isBound() ? DatePrecision.BOUND_PREFIX + period : period;
	}

}
