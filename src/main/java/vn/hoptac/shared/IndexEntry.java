package vn.hoptac.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.search.SortField;
import org.apache.lucene.util.BytesRef;

/**
 * What a {@link RecordIndex} knows of one record: the values its list filters on and orders by.
 * Field names are the entity's attribute names, so a page request's sort names its index field.
 */
public final class IndexEntry {

	static final String KEY = "_key";

	static final String ID = "id";

	/** The attribute a list's default order (by name, {@link Paging}) sorts on. */
	static final String SORT_KEY = "sortKey";

	static final String TEXT = "_text";

	static final String VISIBILITY = "_visibility";

	static final String OWNER_PROVINCE = "_ownerProvince";

	static final String PARTY_LOCALITY = "_partyLocality";

	static final String PARTY_ORGANISATION = "_partyOrganisation";

	private final long id;

	private final Document document = new Document();

	private final Map<String, SortField.Type> sortable = new HashMap<>();

	private IndexEntry(long id) {
		this.id = id;
		document.add(new StringField(KEY, key(id), Field.Store.NO));
		order(ID, id);
	}

	public static IndexEntry of(long id) {
		return new IndexEntry(id);
	}

	/**
	 * The folded search text. Every suffix of every word is a term, so that "a query word occurs
	 * inside a word" becomes a prefix lookup ({@link ListFilter#matching}) instead of a scan.
	 */
	public IndexEntry text(String searchText) {
		if (searchText != null) {
			Set<String> suffixes = new LinkedHashSet<>();
			for (String word : searchText.split(" ")) {
				for (int start = 0; start < word.length(); start = word.offsetByCodePoints(start, 1)) {
					suffixes.add(word.substring(start));
				}
			}
			suffixes.forEach(suffix -> keyword(TEXT, suffix));
		}
		return this;
	}

	/** An exact-match value (enum name, code, id); null adds nothing. */
	public IndexEntry keyword(String field, Object value) {
		if (value != null) {
			document.add(new StringField(field, value instanceof Enum<?> e ? e.name() : value.toString(),
					Field.Store.NO));
		}
		return this;
	}

	public IndexEntry keywords(String field, Collection<?> values) {
		values.stream().filter(Objects::nonNull).distinct().forEach(value -> keyword(field, value));
		return this;
	}

	/** A day to filter on by range and to order by; null adds nothing (outside every range). */
	public IndexEntry day(String field, LocalDate day) {
		if (day != null) {
			document.add(new LongPoint(field, day.toEpochDay()));
			order(field, day.toEpochDay());
		}
		return this;
	}

	/** A validity period; an open end is before or after every day. */
	public IndexEntry period(String fromField, String toField, LocalDate from, LocalDate to) {
		document.add(new LongPoint(fromField, from == null ? Long.MIN_VALUE : from.toEpochDay()));
		document.add(new LongPoint(toField, to == null ? Long.MAX_VALUE : to.toEpochDay()));
		return this;
	}

	/**
	 * The name's collation key ({@link Text#sortKey}, hex): the default order of every list. Kept
	 * as its bytes, which sort alike and take half the space to look up.
	 */
	public IndexEntry sortKey(String hexKey) {
		if (hexKey != null) {
			document.add(new SortedDocValuesField(SORT_KEY, new BytesRef(HexFormat.of().parseHex(hexKey))));
			sortable.put(SORT_KEY, SortField.Type.STRING);
		}
		return this;
	}

	/** A text key to order by, compared byte by byte. */
	public IndexEntry order(String field, String key) {
		if (key != null) {
			document.add(new SortedDocValuesField(field, new BytesRef(key)));
			sortable.put(field, SortField.Type.STRING);
		}
		return this;
	}

	public IndexEntry order(String field, Instant instant) {
		return instant == null ? this : order(field, instant.toEpochMilli());
	}

	private IndexEntry order(String field, long value) {
		document.add(new NumericDocValuesField(field, value));
		sortable.put(field, SortField.Type.LONG);
		return this;
	}

	/** Who may read the record, as {@link Access#readScope()} asks. */
	public IndexEntry stewardship(Stewardship stewardship) {
		return keyword(VISIBILITY, stewardship.visibility()).keyword(OWNER_PROVINCE, stewardship.provinceId());
	}

	/** The localities and organisations that are parties, for the locality roll-up filter. */
	public IndexEntry parties(Collection<Long> localityIds, Collection<Long> organisationIds) {
		return keywords(PARTY_LOCALITY, localityIds).keywords(PARTY_ORGANISATION, organisationIds);
	}

	long id() {
		return id;
	}

	Document document() {
		return document;
	}

	Map<String, SortField.Type> sortable() {
		return sortable;
	}

	static String key(long id) {
		return Long.toString(id);
	}

}
