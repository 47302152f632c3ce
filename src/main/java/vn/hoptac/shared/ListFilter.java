package vn.hoptac.shared;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/**
 * The restrictions of one list request against a {@link RecordIndex}; every one must hold. Null
 * arguments mean "any", as in the list queries of the API.
 */
public final class ListFilter {

	private final List<Query> all = new ArrayList<>();

	private ListFilter() {
	}

	/** No restriction yet. */
	public static ListFilter all() {
		return new ListFilter();
	}

	/** Every folded word of the query occurs inside some word of the record's search text (a suffix starts with it). */
	public static ListFilter matching(String text) {
		ListFilter filter = new ListFilter();
		for (String token : Text.queryTokens(text)) {
			filter.all.add(new PrefixQuery(new Term(IndexEntry.TEXT, token)));
		}
		return filter;
	}

	public ListFilter equalTo(String field, Object value) {
		if (value != null) {
			all.add(new TermQuery(new Term(field, value instanceof Enum<?> e ? e.name() : value.toString())));
		}
		return this;
	}

	/** The field has one of the values; null means no restriction, an empty collection matches nothing. */
	public ListFilter anyOf(String field, Collection<?> values) {
		if (values != null) {
			all.add(terms(field, values));
		}
		return this;
	}

	/** The day field lies within the years given; either bound may be open. */
	public ListFilter inYears(String field, Integer yearFrom, Integer yearTo) {
		if (yearFrom != null || yearTo != null) {
			all.add(LongPoint.newRangeQuery(field, yearFrom == null ? Long.MIN_VALUE : Specs.startOf(yearFrom).toEpochDay(),
					yearTo == null ? Long.MAX_VALUE : Specs.endOf(yearTo).toEpochDay()));
		}
		return this;
	}

	/** The record's period ({@link IndexEntry#period}) includes the day. */
	public ListFilter inForceOn(String fromField, String toField, LocalDate day) {
		if (day != null) {
			all.add(LongPoint.newRangeQuery(fromField, Long.MIN_VALUE, day.toEpochDay()));
			all.add(LongPoint.newRangeQuery(toField, day.toEpochDay(), Long.MAX_VALUE));
		}
		return this;
	}

	/**
	 * Some party is one of the localities or one of the organisations. A condition holds nothing of
	 * the reader, so one built for many ids can be remembered and added to many filters ({@link #and}).
	 */
	public static Condition partyAmong(Collection<Long> localityIds, Collection<Long> organisationIds) {
		return new Condition(new BooleanQuery.Builder().add(terms(IndexEntry.PARTY_LOCALITY, localityIds), Occur.SHOULD)
			.add(terms(IndexEntry.PARTY_ORGANISATION, organisationIds), Occur.SHOULD)
			.build());
	}

	public ListFilter and(Condition condition) {
		all.add(condition.query);
		return this;
	}

	/** Only what the current actor may read ({@link Access#readScope()}). */
	public ListFilter readable() {
		Access.ReadScope scope = Access.readScope();
		if (!scope.everything()) {
			BooleanQuery.Builder any = new BooleanQuery.Builder()
				.add(terms(IndexEntry.VISIBILITY, scope.shared()), Occur.SHOULD);
			if (scope.ownProvince() != null) {
				any.add(new TermQuery(new Term(IndexEntry.OWNER_PROVINCE, scope.ownProvince().toString())),
						Occur.SHOULD);
			}
			all.add(any.build());
		}
		return this;
	}

	Query query() {
		if (all.isEmpty()) {
			return new MatchAllDocsQuery();
		}
		BooleanQuery.Builder query = new BooleanQuery.Builder();
		all.forEach(clause -> query.add(clause, Occur.FILTER));
		return query.build();
	}

	private static Query terms(String field, Collection<?> values) {
		List<BytesRef> terms = values.stream()
			.filter(Objects::nonNull)
			.map(value -> new BytesRef(value instanceof Enum<?> e ? e.name() : value.toString()))
			.toList();
		return switch (terms.size()) {
			case 0 -> new MatchNoDocsQuery();
			// a single term is counted from its document frequency, without visiting the documents
			case 1 -> new TermQuery(new Term(field, terms.get(0)));
			default -> new TermInSetQuery(field, terms);
		};
	}

	/** A restriction built apart from any filter (see {@link #partyAmong}). */
	public static final class Condition {

		private final Query query;

		private Condition(Query query) {
			this.query = query;
		}

	}

}
