package vn.hoptac.dashboards;

import java.math.BigDecimal;
import java.util.List;

/**
 * One figure of a dashboard: what it shows as a chart and as the table beside it. Each row has a key
 * (a year, a country code, a codelist value) read by {@link KeyType}, or a name already in the
 * reader's language, and one value per series.
 */
public record Figure(String id, ChartKind chart, KeyType keyType, List<String> series, List<Row> rows) {

	public record Row(Object key, String name, List<BigDecimal> values) {
	}

	/** MAP: a world map coloured by country, the page drawing it from the bundled geometry. */
	public enum ChartKind {

		BAR, LINE, PIE, MAP

	}

	/** How the page names a row's key: the year itself, a country, a codelist value, or the row's name. */
	public enum KeyType {

		YEAR, COUNTRY, ENUM, NAME

	}

}
