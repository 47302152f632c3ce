package vn.hoptac.shared;

import java.util.List;
import java.util.function.LongFunction;

/**
 * How one record type's audit snapshots read to a person: which of its JSON fields a history shows,
 * under which message key, and how a value is shown (a code by its label, an id by the name of what
 * it refers to, a date by its precision). A module declares one as a bean per record type; the
 * history tab and the audit log then show only the declared fields that changed, old and new, the
 * way the record page shows them. Undeclared fields (ids, versions, timestamps, search keys) are
 * never shown.
 *
 * @param entity the record type, as {@link RecordChanged#entity()}
 * @param headline the field that names a record (its title), read from the snapshot
 * @param fields the fields shown, in the order of the record page
 */
public record HistoryFields(String entity, String headline, List<Field> fields) {

	/** Who may read a record, by its visibility (the keeping province follows the parties). */
	public static final Field VISIBILITY = field("stewardship", "record.visibility",
			parts(part("visibility", code(Visibility.class))));

	/** Where the record's facts come from. */
	public static final Field SOURCE = field("source", "record.source", text());

	/** A field of the snapshot (or of an element of a list in it): its JSON name, label key and how it shows. */
	public record Field(String name, String labelKey, Shown shown) {
	}

	/** How a value shows. */
	public sealed interface Shown {
	}

	/** As written. */
	public record Text() implements Shown {
	}

	/** Text shown through a function of it, in the reader's language (a source as the citations it names). */
	public record Rendered(java.util.function.UnaryOperator<String> show) implements Shown {
	}

	/** A code (an enum constant's name), by its label in the reader's language. */
	public record Code(Class<? extends Enum<?>> type) implements Shown {
	}

	/** A date, as precise as the sibling field {@code precisionField} says (none: a full day). */
	public record Date(String precisionField) implements Shown {
	}

	/** Yes or no. */
	public record Flag() implements Shown {
	}

	/** Names in several languages ({@link Names}), in the reader's. */
	public record Named() implements Shown {
	}

	/** A country's ISO code, by the country's name. */
	public record Country() implements Shown {
	}

	/** The id of another record, by that record's name (as the reader may see it). */
	public record Reference(LongFunction<String> name) implements Shown {
	}

	/** A list: what was removed and what was added, each element shown as {@code element} says. */
	public record ListOf(Shown element) implements Shown {
	}

	/** An object, by its parts (those with a value), in order. */
	public record Parts(List<Field> parts) implements Shown {
	}

	public static Field field(String name, String labelKey, Shown shown) {
		return new Field(name, labelKey, shown);
	}

	/** A part of an element or object: shown without a label of its own. */
	public static Field part(String name, Shown shown) {
		return new Field(name, null, shown);
	}

	public static Shown text() {
		return new Text();
	}

	public static Shown code(Class<? extends Enum<?>> type) {
		return new Code(type);
	}

	public static Shown day() {
		return new Date(null);
	}

	public static Shown date(String precisionField) {
		return new Date(precisionField);
	}

	public static Shown flag() {
		return new Flag();
	}

	public static Shown names() {
		return new Named();
	}

	public static Shown country() {
		return new Country();
	}

	public static Shown reference(LongFunction<String> name) {
		return new Reference(name);
	}

	public static Shown listOf(Shown element) {
		return new ListOf(element);
	}

	public static Shown parts(Field... parts) {
		return new Parts(List.of(parts));
	}

}
