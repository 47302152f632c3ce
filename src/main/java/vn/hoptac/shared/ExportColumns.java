package vn.hoptac.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The columns an export writes for one type of row, declared once: each column's key, the message
 * key of its header and the function reading its value. A {@link RecordExport} holds those of its
 * lean rows; a list answered whole rather than paged (a reader's reminders, worked out from every
 * module) declares those of its items as a bean.
 * Values: text, an enum (written as its label), a {@link ExportValue}, a collection (joined), a
 * number (a numeric cell) or, for {@link Kind#DATE}, a {@code LocalDate}, a {@link DatePrecision.PartialDate},
 * a partial date's text or an {@code Instant} (a moment).
 */
public final class ExportColumns<T> {

	/** How a column's cells are written. */
	public enum Kind {
		TEXT, NUMBER, DATE,
		/** An ISO 3166 country code, written as the country's name. */
		COUNTRY,
		/** The id of a record of another module, written as its name ({@link ExportFilterNames}). */
		NAMED
	}

	/** {@code refers}: for {@link Kind#NAMED}, the kind of record ("locality", "organisation"). */
	public record Column<T>(String key, String labelKey, Kind kind, String refers, Function<T, ?> value) {
	}

	private final Class<T> type;

	private final List<Column<T>> columns;

	private ExportColumns(Class<T> type, List<Column<T>> columns) {
		this.type = type;
		this.columns = List.copyOf(columns);
	}

	public static <T> ExportColumns<T> of(Class<T> type) {
		return new ExportColumns<>(type, List.of());
	}

	public ExportColumns<T> text(String key, String labelKey, Function<T, ?> value) {
		return with(new Column<>(key, labelKey, Kind.TEXT, null, value));
	}

	public ExportColumns<T> number(String key, String labelKey, Function<T, ? extends Number> value) {
		return with(new Column<>(key, labelKey, Kind.NUMBER, null, value));
	}

	/** A date: a {@code LocalDate} (a day), a {@link DatePrecision.PartialDate} or its text ("2004", "2018-11", "..2020"). */
	public ExportColumns<T> date(String key, String labelKey, Function<T, ?> value) {
		return with(new Column<>(key, labelKey, Kind.DATE, null, value));
	}

	public ExportColumns<T> country(String key, String labelKey, Function<T, String> value) {
		return with(new Column<>(key, labelKey, Kind.COUNTRY, null, value));
	}

	/** The id of a locality or organisation ({@code refers}), written as its name in the reader's language. */
	public ExportColumns<T> named(String key, String labelKey, String refers, Function<T, Long> value) {
		return with(new Column<>(key, labelKey, Kind.NAMED, refers, value));
	}

	/** A date stored as its first day with its precision, for a {@link Kind#DATE} column (null if none). */
	public static DatePrecision.PartialDate partial(java.time.LocalDate date, DatePrecision precision) {
		return date == null ? null : new DatePrecision.PartialDate(date, precision == null ? DatePrecision.DAY : precision);
	}

	public Class<T> type() {
		return type;
	}

	public List<Column<T>> columns() {
		return columns;
	}

	private ExportColumns<T> with(Column<T> column) {
		List<Column<T>> more = new ArrayList<>(columns);
		more.add(column);
		return new ExportColumns<>(type, more);
	}

}
