package vn.hoptac.reports;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

import vn.hoptac.shared.Names;

/**
 * A report's figures as sections of tables, which every format renders alike (and which a submitted
 * report keeps as JSON). Labels are message keys ({@code reports.section.*}, {@code reports.table.*},
 * {@code reports.column.*}, {@code reports.row.*}) or, for rows naming a donor or a sector, names.
 * Frozen figures also keep {@code labels}: each key's label in the three languages as it read when
 * the report was sent, so that a later change of wording does not change what was sent; live
 * figures have none and read their labels from the bundles.
 */
public record ReportFigures(List<Section> sections, Map<String, Names> labels) {

	public static final String SECTION = "reports.section.";

	public static final String TABLE = "reports.table.";

	public static final String COLUMN = "reports.column.";

	public static final String ROW = "reports.row.";

	/** Labels of the document around the figures: the tables' first column, the officer's sections. */
	public static final List<String> FRAME = List.of(COLUMN + "item", SECTION + "summary", SECTION + "problems");

	public ReportFigures {
		labels = labels == null ? Map.of() : labels;
	}

	public ReportFigures(List<Section> sections) {
		this(sections, Map.of());
	}

	/** The message code of a label's key: an enumeration's value reads as it does elsewhere, else the key under the prefix. */
	public static String code(String key, String prefix) {
		return key.startsWith("enum.") ? key : prefix + key;
	}

	/** Every message code the report's labels read from (names are the records' own and need none). */
	public Set<String> codes() {
		Set<String> codes = new TreeSet<>(FRAME);
		for (Section section : sections) {
			Optional.ofNullable(section.key()).ifPresent(k -> codes.add(code(k, SECTION)));
			for (Table table : section.tables()) {
				Optional.ofNullable(table.key()).ifPresent(k -> codes.add(code(k, TABLE)));
				table.columns().forEach(k -> codes.add(code(k, COLUMN)));
				table.rows().stream().map(Row::key).filter(Objects::nonNull).forEach(k -> codes.add(code(k, ROW)));
			}
		}
		return codes;
	}

	/** The same figures with each of their labels as it reads now, to be kept with them. */
	public ReportFigures labelled(Function<String, Names> label) {
		Map<String, Names> read = new TreeMap<>();
		codes().forEach(code -> read.put(code, label.apply(code)));
		return new ReportFigures(sections, read);
	}

	/**
	 * A section: titled by its key, or, with a name (a record's title, as a result of a framework),
	 * by the name after the key's label ("Outcome: …") or alone when the key is null.
	 */
	public record Section(String key, Names name, List<Table> tables) {

		public Section(String key, List<Table> tables) {
			this(key, null, tables);
		}

	}

	/**
	 * A table, titled as a section is (a province's table in the national report, an indicator's in an
	 * IPTT, by its name); its columns' keys name what each of a row's values counts.
	 */
	public record Table(String key, Names name, List<String> columns, List<Row> rows) {

		public Table(String key, List<String> columns, List<Row> rows) {
			this(key, null, columns, rows);
		}

	}

	/**
	 * A row: labelled by a message key, or by a name when {@code key} is null. Values may be null
	 * (unknown). Text cells (a date, a title) come before the values, in the table's first columns.
	 */
	public record Row(String key, Names name, List<BigDecimal> values, List<String> texts) {

		public Row {
			texts = texts == null ? List.of() : texts;
		}

		public Row(String key, Names name, List<BigDecimal> values) {
			this(key, name, values, List.of());
		}

		public static Row of(String key, Number... values) {
			return new Row(key, null, java.util.Arrays.stream(values).map(Row::decimal).toList());
		}

		public static Row named(Names name, Number... values) {
			return new Row(null, name, java.util.Arrays.stream(values).map(Row::decimal).toList());
		}

		/** A row of text cells (nulls read as empty), then values. */
		public static Row texts(String key, Names name, List<String> texts, Number... values) {
			return new Row(key, name, java.util.Arrays.stream(values).map(Row::decimal).toList(),
					texts.stream().map(t -> t == null ? "" : t).toList());
		}

		private static BigDecimal decimal(Number value) {
			return value == null ? null : value instanceof BigDecimal d ? d : new BigDecimal(value.toString());
		}

		/** The value of the column at the position. */
		public BigDecimal value(int column) {
			return values.get(column);
		}

	}

	/** The section with the key; tests and renderers look sections up by it. */
	public Section section(String key) {
		return sections.stream().filter(s -> key.equals(s.key())).findFirst().orElseThrow();
	}

	/** The row with the key in the section's table. */
	public Row row(String section, String table, String row) {
		return section(section).tables()
			.stream()
			.filter(t -> table.equals(t.key()))
			.flatMap(t -> t.rows().stream())
			.filter(r -> row.equals(r.key()))
			.findFirst()
			.orElseThrow();
	}

}
