package vn.hoptac.feedback;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Which column of a survey export holds each field. By default the header names KoboToolbox and
 * ODK Central write ({@code _uuid}, {@code _submission_time}, {@code KEY}, {@code SubmissionDate},
 * {@code meta/instanceID}), matched without regard to case or to a group prefix
 * ({@code group_a/rating} is {@code rating}); a mapping names other columns.
 */
public final class SurveyColumns {

	public static final List<String> FIELDS = List.of("uuid", "submittedAt", "rating", "category", "comment",
			"commune", "name", "contact", "consent");

	private static final Map<String, List<String>> DEFAULTS = Map.of("uuid",
			List.of("_uuid", "instanceid", "meta/instanceid", "meta-instanceid", "key"), "submittedAt",
			List.of("_submission_time", "submissiondate", "end"));

	private final Map<String, String> mapping;

	private SurveyColumns(Map<String, String> mapping) {
		this.mapping = mapping;
	}

	/** Columns named by a mapping (field → header), the defaults for the fields it leaves out. */
	public static SurveyColumns of(Map<String, String> mapping) {
		Map<String, String> named = new LinkedHashMap<>();
		if (mapping != null) {
			mapping.forEach((field, header) -> {
				if (FIELDS.contains(field) && header != null && !header.isBlank()) {
					named.put(field, header.strip());
				}
			});
		}
		return new SurveyColumns(named);
	}

	/** Fields named by the mapping whose column the header lacks. */
	public List<String> missingIn(List<String> headers) {
		List<String> missing = new ArrayList<>();
		mapping.forEach((field, header) -> {
			if (!headers.contains(header)) {
				missing.add(field);
			}
		});
		return missing;
	}

	/** The header of the column that holds the field, or null when the export has none. */
	public String headerOf(String field, List<String> headers) {
		if (mapping.containsKey(field)) {
			return headers.contains(mapping.get(field)) ? mapping.get(field) : null;
		}
		List<String> names = DEFAULTS.getOrDefault(field, List.of(field.toLowerCase(Locale.ROOT)));
		for (String name : names) {
			for (String header : headers) {
				String plain = header.strip().toLowerCase(Locale.ROOT);
				if (plain.equals(name) || plain.endsWith("/" + name) && !name.contains("/")) {
					return header;
				}
			}
		}
		return null;
	}

}
