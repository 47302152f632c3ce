package vn.hoptac.feedback;

import java.io.IOException;
import java.io.Reader;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hoptac.geo.Locality;
import vn.hoptac.shared.Access;
import vn.hoptac.shared.RuleViolationException;
import vn.hoptac.shared.Text;

/**
 * Imports survey results exported as CSV from KoboToolbox or ODK into a form: every row is checked
 * as a submission would be (rating, category offered, commune of the province), keyed by its
 * submission uuid so that importing the same export again adds nothing. All or nothing: when a row
 * is refused, the report lists every refusal and no row is written. Consent is read from the export's
 * consent column, never assumed; a commune name two communes share must be given by its code.
 */
@Service
public class SurveyImport {

	/** The time zone of offset-less times in an export: the surveys are taken in Vietnam. */
	private static final ZoneId LOCAL_TIME = ZoneId.of("Asia/Ho_Chi_Minh");

	/** Answers a survey tool writes for a ticked consent question, folded (yes, true, 1, có, đồng ý …). */
	private static final Set<String> CONSENTING = Set.of("yes", "y", "true", "1", "x", "co", "dong y", "agree",
			"agreed", "ok");

	/** Marks a folded commune name that two communes of the province share. */
	private static final long AMBIGUOUS = -1L;

	private final FeedbackFormService forms;

	private final FeedbackService feedback;

	SurveyImport(FeedbackFormService forms, FeedbackService feedback) {
		this.forms = forms;
		this.feedback = feedback;
	}

	@Transactional
	public ImportReport importCsv(long formId, Reader csv, Map<String, String> mapping) {
		FeedbackForm form = forms.get(formId);
		Access.checkWrite(form.getStewardship());
		SurveyColumns columns = SurveyColumns.of(mapping);
		List<CSVRecord> records;
		List<String> headers;
		try (CSVParser parser = CSVFormat.RFC4180.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.setIgnoreSurroundingSpaces(true)
			.get()
			.parse(csv)) {
			headers = parser.getHeaderNames();
			records = parser.getRecords();
		}
		catch (IOException | java.io.UncheckedIOException | IllegalArgumentException | IllegalStateException ex) {
			throw RuleViolationException.of("file", "feedback.import.unreadable");
		}
		checkColumns(columns, headers);
		Map<String, Long> communes = communeKeys(forms.communes(form));
		List<ImportReport.Refusal> refused = new ArrayList<>();
		Map<String, Row> rows = new LinkedHashMap<>();
		for (CSVRecord record : records) {
			long line = record.getRecordNumber() + 1;
			Row row = read(record, columns, headers, form, communes, line, refused);
			if (row != null && rows.putIfAbsent(row.uuid(), row) != null) {
				refused.add(new ImportReport.Refusal(line, "uuid", "feedback.import.duplicateRow", row.uuid()));
			}
		}
		Set<String> known = feedback.knownUuids(formId, rows.keySet());
		if (!refused.isEmpty()) {
			return new ImportReport(records.size(), 0, 0, refused);
		}
		int imported = 0;
		for (Row row : rows.values()) {
			if (!known.contains(row.uuid())) {
				feedback.saveImported(row.submission(), form, row.submittedAt());
				imported++;
			}
		}
		return new ImportReport(records.size(), imported, known.size(), List.of());
	}

	/** The export must have the uuid and rating columns, and every column the mapping names. */
	private static void checkColumns(SurveyColumns columns, List<String> headers) {
		var errors = new RuleViolationException.Collector();
		for (String field : columns.missingIn(headers)) {
			errors.reject("column." + field, "feedback.import.noColumn", field);
		}
		for (String field : List.of("uuid", "rating", "category", "consent")) {
			errors.rejectIf(columns.headerOf(field, headers) == null, "column." + field, "feedback.import.noColumn",
					field);
		}
		errors.throwIfAny();
	}

	private Row read(CSVRecord record, SurveyColumns columns, List<String> headers, FeedbackForm form,
			Map<String, Long> communes, long line, List<ImportReport.Refusal> refused) {
		Map<String, String> values = new LinkedHashMap<>();
		for (String field : SurveyColumns.FIELDS) {
			String header = columns.headerOf(field, headers);
			String value = header == null || !record.isSet(header) ? null : record.get(header).strip();
			values.put(field, value == null || value.isEmpty() ? null : value);
		}
		int before = refused.size();
		String uuid = values.get("uuid") == null ? null : values.get("uuid").replaceFirst("^uuid:", "");
		if (uuid == null) {
			refused.add(new ImportReport.Refusal(line, "uuid", "validation.required"));
		}
		else if (uuid.length() > Feedback.UUID_LENGTH) {
			refused.add(new ImportReport.Refusal(line, "uuid", "validation.tooLong", null, Feedback.UUID_LENGTH));
		}
		Integer rating = parseRating(values.get("rating"), line, refused);
		FeedbackCategory category = parseCategory(values.get("category"), line, refused);
		Instant submittedAt = parseTime(values.get("submittedAt"), line, refused);
		Long commune = commune(values.get("commune"), communes, line, refused);
		boolean consented = values.get("consent") != null && CONSENTING.contains(Text.fold(values.get("consent")));
		if (!consented) {
			refused.add(new ImportReport.Refusal(line, "consent", "feedback.import.noConsent",
					values.get("consent") == null ? "" : values.get("consent")));
		}
		boolean anonymous = values.get("name") == null && values.get("contact") == null;
		Submission submission = new Submission(form.getId(), rating, category, values.get("comment"), commune,
				anonymous, values.get("name"), values.get("contact"), consented, null, FeedbackOrigin.SURVEY_IMPORT,
				uuid, submittedAt);
		var errors = new RuleViolationException.Collector();
		FeedbackService.reject(submission, form, Set.copyOf(communes.values()), errors);
		try {
			errors.throwIfAny();
		}
		catch (RuleViolationException ex) {
			ex.violations()
				.stream()
				// fields already refused above (unreadable values) are reported once
				.filter(v -> refused.subList(before, refused.size()).stream().noneMatch(r -> r.field().equals(v.field())))
				.forEach(v -> refused.add(new ImportReport.Refusal(line, v.field(), v.messageKey(), v.args())));
		}
		return refused.size() == before ? new Row(uuid, submission, submittedAt) : null;
	}

	private static Long commune(String value, Map<String, Long> communes, long line,
			List<ImportReport.Refusal> refused) {
		if (value == null) {
			return null;
		}
		Long commune = communes.get(Text.fold(value));
		if (commune == null) {
			refused.add(new ImportReport.Refusal(line, "commune", "feedback.commune.unknown", value));
		}
		else if (commune == AMBIGUOUS) {
			refused.add(new ImportReport.Refusal(line, "commune", "feedback.commune.ambiguous", value));
			return null;
		}
		return commune;
	}

	private static Integer parseRating(String value, long line, List<ImportReport.Refusal> refused) {
		if (value == null) {
			return null;
		}
		try {
			return Integer.valueOf(value);
		}
		catch (NumberFormatException ex) {
			refused.add(new ImportReport.Refusal(line, "rating", "validation.badValue", value));
			return null;
		}
	}

	private static FeedbackCategory parseCategory(String value, long line, List<ImportReport.Refusal> refused) {
		if (value == null) {
			return null;
		}
		try {
			return FeedbackCategory.valueOf(value.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			refused.add(new ImportReport.Refusal(line, "category", "validation.badValue", value));
			return null;
		}
	}

	/** Kobo writes local times without an offset (taken as UTC), ODK Central instants with one. */
	private static Instant parseTime(String value, long line, List<ImportReport.Refusal> refused) {
		if (value == null) {
			refused.add(new ImportReport.Refusal(line, "submittedAt", "validation.required"));
			return null;
		}
		try {
			return OffsetDateTime.parse(value).toInstant();
		}
		catch (DateTimeParseException offsetMissing) {
			try {
				// KoboToolbox and ODK export the device's local time when they give no offset
				return LocalDateTime.parse(value).atZone(LOCAL_TIME).toInstant();
			}
			catch (DateTimeParseException ex) {
				refused.add(new ImportReport.Refusal(line, "submittedAt", "validation.badValue", value));
				return null;
			}
		}
	}

	/**
	 * A commune named in an export by its id, code or name (Vietnamese or English), folded. A name two
	 * communes share maps to {@link #AMBIGUOUS}: the row must then name its commune by code.
	 */
	private static Map<String, Long> communeKeys(List<Locality> communes) {
		Map<String, Long> keys = new LinkedHashMap<>();
		for (Locality commune : communes) {
			Set<String> names = new HashSet<>();
			names.add(commune.getId().toString());
			names.add(commune.getCode());
			names.add(commune.getNames().vi());
			names.add(commune.getNames().en());
			names.stream()
				.filter(name -> name != null && !name.isBlank())
				.map(Text::fold)
				.forEach(name -> keys.merge(name, commune.getId(),
						(first, second) -> first.equals(second) ? first : AMBIGUOUS));
		}
		return keys;
	}

	/** A row that passed every check. */
	private record Row(String uuid, Submission submission, Instant submittedAt) {
	}

}
