package vn.hoptac.money;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

import vn.hoptac.shared.RuleViolationException;

/**
 * The CSV form of exchange rates, shared by the upload (API and page) and the shipped
 * {@code reference/exchange-rates.csv}: RFC 4180 with a header row naming the columns
 * {@code currency}, either {@code year} or {@code valid_from} and {@code valid_to} (ISO dates),
 * {@code vnd_per_unit} (a plain decimal with a point, at most 6 decimals), {@code kind}
 * ({@link RateKind}) and {@code source}. Reading checks every row and names every bad field
 * ({@code rows[0].vndPerUnit}, rows counted from 0 after the header).
 */
public final class ExchangeRateCsv {

	public static final String HEADER = "currency,year,vnd_per_unit,kind,source";

	private static final int FIRST_YEAR = 1900;

	private static final int LAST_YEAR = 2100;

	private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
		.setHeader()
		.setSkipHeaderRecord(true)
		.setIgnoreEmptyLines(true)
		.setTrim(true)
		.get();

	private ExchangeRateCsv() {
	}

	/** The rates as a file that can be edited and uploaded again (with periods, as stored). */
	public static String write(List<ExchangeRate> rates) {
		StringBuilder csv = new StringBuilder();
		try (CSVPrinter printer = new CSVPrinter(csv, CSVFormat.RFC4180)) {
			printer.printRecord("currency", "valid_from", "valid_to", "vnd_per_unit", "kind", "source");
			for (ExchangeRate rate : rates) {
				printer.printRecord(rate.getCurrency(), rate.getValidFrom(), rate.getValidTo(),
						rate.getVndPerUnit().stripTrailingZeros().toPlainString(), rate.getKind().name(),
						rate.getSource());
			}
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		return csv.toString();
	}

	/**
	 * The rows of the file, a bad field read as null and collected in {@code errors}, so that the
	 * rules about known rates can still check the other fields and every problem is reported at once.
	 * A file that cannot be read at all, lacks the columns or has no rows is refused at once.
	 */
	public static List<RateDraft> read(String text, RuleViolationException.Collector errors) {
		return read(new StringReader(text == null ? "" : text.strip()), errors);
	}

	private static List<RateDraft> read(Reader csv, RuleViolationException.Collector errors) {
		List<CSVRecord> records;
		List<String> header;
		try (CSVParser parser = FORMAT.parse(csv)) {
			header = parser.getHeaderNames().stream().map(h -> h.toLowerCase(Locale.ROOT)).toList();
			records = parser.getRecords();
		}
		catch (IOException | java.io.UncheckedIOException | IllegalArgumentException | IllegalStateException ex) {
			throw RuleViolationException.of("file", "money.csv.unreadable");
		}
		return rows(header, records, errors);
	}

	/** The rates of records already parsed with their header (the shipped reference file); throws when any is bad. */
	public static List<RateDraft> rows(List<String> header, List<CSVRecord> records) {
		RuleViolationException.Collector errors = new RuleViolationException.Collector();
		List<RateDraft> rows = rows(header, records, errors);
		errors.throwIfAny();
		return rows;
	}

	private static List<RateDraft> rows(List<String> header, List<CSVRecord> records,
			RuleViolationException.Collector errors) {
		boolean yearly = header.contains("year");
		boolean periods = header.containsAll(List.of("valid_from", "valid_to"));
		if (!header.containsAll(List.of("currency", "vnd_per_unit", "kind", "source")) || yearly == periods) {
			throw RuleViolationException.of("file", "money.csv.columns", HEADER);
		}
		if (records.isEmpty()) {
			throw RuleViolationException.of("file", "money.csv.empty");
		}
		List<RateDraft> rows = new ArrayList<>();
		for (int i = 0; i < records.size(); i++) {
			rows.add(new Row(records.get(i), "rows[" + i + "].", errors).read(yearly));
		}
		return rows;
	}

	/** One record being read; a bad field is collected and read as null. */
	private record Row(CSVRecord record, String at, RuleViolationException.Collector errors) {

		RateDraft read(boolean yearly) {
			String currency = currency();
			LocalDate from;
			LocalDate to;
			if (yearly) {
				Integer year = year();
				from = year == null ? null : LocalDate.of(year, 1, 1);
				to = year == null ? null : LocalDate.of(year, 12, 31);
			}
			else {
				from = date("valid_from", "validFrom");
				to = date("valid_to", "validTo");
				errors.rejectIf(from != null && to != null && to.isBefore(from), at + "validTo",
						"validation.endBeforeStart");
			}
			return new RateDraft(currency, from, to, rate(), kind(), source());
		}

		private String value(String column) {
			String value = record.isSet(column) ? record.get(column) : null;
			return value == null || value.isBlank() ? null : value.strip();
		}

		private String required(String column, String field) {
			String value = value(column);
			errors.rejectIf(value == null, at + field, "validation.required");
			return value;
		}

		private String currency() {
			String code = required("currency", "currency");
			if (code == null) {
				return null;
			}
			code = code.toUpperCase(Locale.ROOT);
			errors.rejectIf(!code.matches("[A-Z]{3}"), at + "currency", "money.currency.unknown", code);
			return code;
		}

		private Integer year() {
			String text = required("year", "year");
			if (text == null) {
				return null;
			}
			try {
				int year = Integer.parseInt(text);
				if (year >= FIRST_YEAR && year <= LAST_YEAR) {
					return year;
				}
			}
			catch (NumberFormatException ex) {
				// reported below
			}
			errors.reject(at + "year", "money.csv.year", text, FIRST_YEAR, LAST_YEAR);
			return null;
		}

		private LocalDate date(String column, String field) {
			String text = required(column, field);
			if (text == null) {
				return null;
			}
			try {
				LocalDate date = LocalDate.parse(text);
				if (date.getYear() >= FIRST_YEAR && date.getYear() <= LAST_YEAR) {
					return date;
				}
			}
			catch (DateTimeException ex) {
				// reported below
			}
			errors.reject(at + field, "validation.date", FIRST_YEAR, LAST_YEAR);
			return null;
		}

		private BigDecimal rate() {
			String text = required("vnd_per_unit", "vndPerUnit");
			if (text == null) {
				return null;
			}
			try {
				BigDecimal rate = new BigDecimal(text);
				boolean fits = rate.scale() <= ExchangeRate.FRACTION_DIGITS
						&& rate.precision() - rate.scale() <= ExchangeRate.INTEGER_DIGITS;
				if (rate.signum() > 0 && fits && text.matches("[0-9]+(\\.[0-9]+)?")) {
					return rate;
				}
			}
			catch (NumberFormatException ex) {
				// reported below
			}
			errors.reject(at + "vndPerUnit", "money.csv.rate", text, ExchangeRate.FRACTION_DIGITS);
			return null;
		}

		private RateKind kind() {
			String text = required("kind", "kind");
			if (text == null) {
				return null;
			}
			try {
				return RateKind.valueOf(text.toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException ex) {
				errors.reject(at + "kind", "validation.enum", Arrays.toString(RateKind.values()));
				return null;
			}
		}

		private String source() {
			String text = required("source", "source");
			errors.rejectIf(text != null && text.length() > ExchangeRate.SOURCE_LENGTH, at + "source",
					"validation.tooLong", text == null ? 0 : text.length(), ExchangeRate.SOURCE_LENGTH);
			return text;
		}

	}

}
