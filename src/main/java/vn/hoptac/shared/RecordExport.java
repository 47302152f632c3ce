package vn.hoptac.shared;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * The CSV and XLSX export of a record type's list, declared once by its module: which attributes
 * of the record (entity paths such as {@code "stewardship.visibility"}) each column reads, and the
 * related values (the parties' names, say) looked up once per page of rows. The shared exporter
 * reads the rows with the list's own restriction and order (the {@link RecordList.Query} its page carries), page after
 * page by key ({@link ExportRows}), selecting only these attributes.
 *
 * @param <E> the record's entity
 */
public final class RecordExport<E> {

	/**
	 * The values of a related column for a page of rows, by record id (a missing id: no value),
	 * looked up at once from the rows' ids or the attributes the column reads.
	 */
	public interface Related {

		Map<Long, ?> of(List<ExportRow> rows);

		/** The attributes of the row the lookup needs (none: it needs only the ids). */
		default List<String> reads() {
			return List.of();
		}

		/** A lookup from these attributes of the rows. */
		static Related reading(List<String> attributes, Related lookup) {
			return new Related() {
				@Override
				public Map<Long, ?> of(List<ExportRow> rows) {
					return lookup.of(rows);
				}

				@Override
				public List<String> reads() {
					return attributes;
				}
			};
		}

	}

	private final Class<E> type;

	private final Class<?> listItem;

	private final List<String> attributes;

	private final Map<String, Related> related;

	private final ExportColumns<ExportRow> columns;

	private RecordExport(Class<E> type, Class<?> listItem, List<String> attributes, Map<String, Related> related,
			ExportColumns<ExportRow> columns) {
		this.type = type;
		this.listItem = listItem;
		this.attributes = List.copyOf(attributes);
		this.related = Map.copyOf(related);
		this.columns = columns;
	}

	/** The export of the API lists of entity {@code type} that answer items of {@code listItem}. */
	public static <E> RecordExport<E> of(Class<E> type, Class<?> listItem) {
		return new RecordExport<>(type, listItem, List.of(), Map.of(), ExportColumns.of(ExportRow.class));
	}

	/** Text, an enum (written as its label) or a boolean, read from the attribute of the same name. */
	public RecordExport<E> text(String attribute, String labelKey) {
		return text(attribute, labelKey, attribute);
	}

	public RecordExport<E> text(String key, String labelKey, String attribute) {
		return reading(attribute, columns.text(key, labelKey, row -> row.get(attribute)));
	}

	/** Text worked out from the attribute's value: codes stored together, or a code's message ({@link ExportValue#message}). */
	public <V> RecordExport<E> text(String key, String labelKey, String attribute, Class<V> stored,
			Function<V, ?> value) {
		return reading(attribute, columns.text(key, labelKey, row -> {
			Object read = row.get(attribute);
			return read == null ? null : value.apply(stored.cast(read));
		}));
	}

	public RecordExport<E> number(String key, String labelKey, String attribute) {
		return reading(attribute, columns.number(key, labelKey, row -> (Number) row.get(attribute)));
	}

	/** A date known to the precision held by {@code precisionAttribute} (a {@link DatePrecision}; null: a day). */
	public RecordExport<E> date(String key, String labelKey, String attribute, String precisionAttribute) {
		return reading(attribute, null).reading(precisionAttribute, columns.date(key, labelKey,
				row -> ExportColumns.partial((java.time.LocalDate) row.get(attribute),
						(DatePrecision) row.get(precisionAttribute))));
	}

	/** A date: a {@code LocalDate} or a partial date's text. */
	public RecordExport<E> date(String attribute, String labelKey) {
		return reading(attribute, columns.date(attribute, labelKey, row -> row.get(attribute)));
	}

	public RecordExport<E> country(String key, String labelKey, String attribute) {
		return reading(attribute, columns.country(key, labelKey, row -> (String) row.get(attribute)));
	}

	/** The id of a record of another module ({@code refers}: "locality"), written as its name. */
	public RecordExport<E> named(String key, String labelKey, String refers, String attribute) {
		return reading(attribute, columns.named(key, labelKey, refers, row -> (Long) row.get(attribute)));
	}

	/** A name held in the languages of an embedded {@link Names}, written in the reader's. */
	public RecordExport<E> names(String key, String labelKey, String attribute) {
		return reading(attribute, columns.text(key, labelKey, row -> {
			Names names = (Names) row.get(attribute);
			return names == null ? null : names.current();
		}));
	}

	/**
	 * A column whose values are looked up per page of rows ({@link Related}), from their ids or from
	 * the attributes the lookup reads (the ids of a party, say).
	 */
	public RecordExport<E> related(String key, String labelKey, Related lookup) {
		return related(key, labelKey, ExportColumns.Kind.TEXT, lookup);
	}

	/**
	 * As {@link #related(String, String, Related)}, its cells written as {@code kind} says: a count
	 * ({@link ExportColumns.Kind#NUMBER}) or a date ({@link ExportColumns.Kind#DATE}) worked out from
	 * a collection of the record, say.
	 */
	public RecordExport<E> related(String key, String labelKey, ExportColumns.Kind kind, Related lookup) {
		return lookedUp(key, lookup).column(key, labelKey, kind, row -> row.get(key));
	}

	/**
	 * Values looked up once per page of rows ({@link Related}) and kept in each row under
	 * {@code key}, for the columns that work their cells out of them ({@link #column}): several
	 * columns of one lookup (an NGO's certificates: how many, valid until when) read it once.
	 */
	public RecordExport<E> lookedUp(String key, Related lookup) {
		RecordExport<E> reading = this;
		for (String attribute : lookup.reads()) {
			reading = reading.reading(attribute, null);
		}
		Map<String, Related> more = new LinkedHashMap<>(related);
		more.put(key, lookup);
		return new RecordExport<>(type, listItem, reading.attributes, more, columns);
	}

	/** A column worked out of the row: its attributes and looked-up values ({@link #lookedUp}). */
	public RecordExport<E> column(String key, String labelKey, ExportColumns.Kind kind, Function<ExportRow, ?> value) {
		return new RecordExport<>(type, listItem, attributes, related, switch (kind) {
			case TEXT -> columns.text(key, labelKey, value);
			case NUMBER -> columns.number(key, labelKey, row -> (Number) value.apply(row));
			case DATE -> columns.date(key, labelKey, value);
			case COUNTRY -> columns.country(key, labelKey, row -> (String) value.apply(row));
			case NAMED -> throw new IllegalArgumentException("a worked out column is not named by id: " + key);
		});
	}

	/** The columns a piece declared for many record types adds (the parties on both sides, say). */
	public RecordExport<E> with(UnaryOperator<RecordExport<E>> columns) {
		return columns.apply(this);
	}

	private RecordExport<E> reading(String attribute, ExportColumns<ExportRow> withColumn) {
		List<String> read = new ArrayList<>(attributes);
		if (!read.contains(attribute)) {
			read.add(attribute);
		}
		return new RecordExport<>(type, listItem, read, related, withColumn == null ? columns : withColumn);
	}

	public Class<E> type() {
		return type;
	}

	public Class<?> listItem() {
		return listItem;
	}

	/** The entity paths selected for every row. */
	public List<String> attributes() {
		return attributes;
	}

	public Map<String, Related> related() {
		return related;
	}

	public ExportColumns<ExportRow> columns() {
		return columns;
	}

}
