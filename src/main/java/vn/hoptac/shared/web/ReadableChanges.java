package vn.hoptac.shared.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import vn.hoptac.shared.DateDisplay;
import vn.hoptac.shared.DatePrecision;
import vn.hoptac.shared.HistoryFields;
import vn.hoptac.shared.HistoryFields.Field;
import vn.hoptac.shared.HistoryFields.Shown;
import vn.hoptac.shared.Names;

/**
 * An audit entry as a person reads it, for templates ({@code ${@changes.of(e.entity, e.beforeState,
 * e.afterState)}}): the declared fields ({@link HistoryFields}) whose value differs between the
 * snapshots before and after the write, each with its label and its old and new value shown as the
 * record page shows them; of a list, what was removed and what was added. The API keeps the JSON.
 */
@Component("changes")
public class ReadableChanges {

	/** Separates the parts of one value, and the elements of a list. */
	private static final String PART_SEPARATOR = ", ";

	private static final String ELEMENT_SEPARATOR = "; ";

	private final Map<String, HistoryFields> declarations;

	private final JsonMapper json;

	private final MessageSource messages;

	private final Labels labels;

	private final DateDisplay dates;

	private final CountryNames countries;

	ReadableChanges(List<HistoryFields> declarations, JsonMapper json, MessageSource messages, Labels labels,
			DateDisplay dates, CountryNames countries) {
		this.declarations = declarations.stream().collect(Collectors.toMap(HistoryFields::entity, Function.identity()));
		this.json = json;
		this.messages = messages;
		this.labels = labels;
		this.dates = dates;
		this.countries = countries;
	}

	/** One changed field: its label, and its value before and after (empty when there was none). */
	public record FieldChange(String label, String before, String after) {
	}

	/** The declared fields that changed, in declared order; none when the record type declares none. */
	public List<FieldChange> of(String entity, String before, String after) {
		HistoryFields declared = declarations.get(entity);
		if (declared == null || (before == null && after == null)) {
			return List.of();
		}
		JsonNode old = read(before);
		JsonNode now = read(after);
		if (before != null && old.isMissingNode() || after != null && now.isMissingNode()) {
			return List.of();
		}
		List<FieldChange> changes = new ArrayList<>();
		for (Field field : declared.fields()) {
			JsonNode was = old.path(field.name());
			JsonNode is = now.path(field.name());
			if (empty(was) && empty(is) || was.equals(is)) {
				continue;
			}
			FieldChange change = field.shown() instanceof HistoryFields.ListOf list ? listChange(field, list, was, is)
					: new FieldChange(label(field), show(field.shown(), was, old), show(field.shown(), is, now));
			if (!change.before().equals(change.after())) {
				changes.add(change);
			}
		}
		return changes;
	}

	/**
	 * What names the record in an entry: its headline field as the snapshot after (or before) the write
	 * shows it, else the summary the entry was written with.
	 */
	public String headline(String entity, String summary, String before, String after) {
		HistoryFields declared = declarations.get(entity);
		if (declared == null) {
			return summary;
		}
		JsonNode state = read(after != null ? after : before);
		Field field = declared.fields()
			.stream()
			.filter(f -> f.name().equals(declared.headline()))
			.findFirst()
			.orElse(HistoryFields.field(declared.headline(), null, HistoryFields.text()));
		String name = show(field.shown(), state.path(field.name()), state);
		return name.isBlank() ? summary : name;
	}

	private FieldChange listChange(Field field, HistoryFields.ListOf list, JsonNode was, JsonNode is) {
		List<JsonNode> removed = new ArrayList<>(was.values());
		List<JsonNode> added = new ArrayList<>();
		for (JsonNode element : is.values()) {
			if (!removed.remove(element)) {
				added.add(element);
			}
		}
		return new FieldChange(label(field), showAll(list.element(), removed), showAll(list.element(), added));
	}

	private String showAll(Shown shown, List<JsonNode> elements) {
		return elements.stream().map(e -> show(shown, e, e)).collect(Collectors.joining(ELEMENT_SEPARATOR));
	}

	/** A value as the record page shows it; {@code owner} is the object it belongs to (for a date's precision). */
	private String show(Shown shown, JsonNode value, JsonNode owner) {
		if (empty(value)) {
			return "";
		}
		if (shown instanceof HistoryFields.Code code) {
			return code(code.type(), value.asString());
		}
		if (shown instanceof HistoryFields.Rendered rendered) {
			return rendered.show().apply(value.asString());
		}
		if (shown instanceof HistoryFields.Date date) {
			return dates.date(LocalDate.parse(value.asString()), precision(owner, date));
		}
		if (shown instanceof HistoryFields.Flag) {
			return message(value.asBoolean() ? "ui.yes" : "ui.no");
		}
		if (shown instanceof HistoryFields.Country) {
			return countries.name(value.asString());
		}
		if (shown instanceof HistoryFields.Named) {
			return json.treeToValue(value, Names.class).in(locale());
		}
		if (shown instanceof HistoryFields.Reference reference) {
			return Objects.requireNonNullElse(reference.name().apply(value.asLong()), "#" + value.asLong());
		}
		if (shown instanceof HistoryFields.ListOf list) {
			return showAll(list.element(), new ArrayList<>(value.values()));
		}
		if (shown instanceof HistoryFields.Parts parts) {
			return parts.parts()
				.stream()
				.map(part -> show(part.shown(), value.path(part.name()), value))
				.filter(text -> !text.isBlank())
				.collect(Collectors.joining(PART_SEPARATOR));
		}
		return value.asString();
	}

	private static DatePrecision precision(JsonNode owner, HistoryFields.Date date) {
		JsonNode precision = date.precisionField() == null ? null : owner.path(date.precisionField());
		if (precision == null || empty(precision)) {
			return DatePrecision.DAY;
		}
		return java.util.Arrays.stream(DatePrecision.values())
			.filter(p -> p.name().equals(precision.asString()))
			.findFirst()
			.orElse(DatePrecision.DAY);
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private String code(Class<? extends Enum<?>> type, String name) {
		try {
			return labels.of(Enum.valueOf((Class) type, name));
		}
		catch (IllegalArgumentException ex) {
			// a code since renamed: its name is all there is
			return name;
		}
	}

	private String label(Field field) {
		return message(field.labelKey());
	}

	private String message(String key) {
		return messages.getMessage(key, null, key, locale());
	}

	/** A snapshot; one cut short by the audit's size limit is no longer JSON and reads as nothing. */
	private JsonNode read(String snapshot) {
		if (snapshot == null) {
			return json.missingNode();
		}
		try {
			return json.readTree(snapshot);
		}
		catch (JacksonException ex) {
			return json.missingNode();
		}
	}

	private static boolean empty(JsonNode value) {
		return value == null || value.isMissingNode() || value.isNull() || (value.isString() && value.asString().isBlank())
				|| ((value.isArray() || value.isObject()) && value.isEmpty());
	}

	private static Locale locale() {
		return LocaleContextHolder.getLocale();
	}

}
