package vn.hoptac.partners.web;

import java.util.List;
import java.util.Set;
import java.util.function.Function;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import vn.hoptac.partners.CooperationField;
import vn.hoptac.partners.Milestone;
import vn.hoptac.partners.Partnership;
import vn.hoptac.partners.PartnershipDraft;
import vn.hoptac.partners.PartnershipLevel;
import vn.hoptac.partners.PartnershipStatus;
import vn.hoptac.partners.PartnershipType;
import vn.hoptac.partners.StatusChange;
import vn.hoptac.partners.TypeChange;
import vn.hoptac.shared.AcceptsFieldsOf;
import vn.hoptac.shared.DatePrecision;
import vn.hoptac.shared.DatePrecision.PartialDate;
import vn.hoptac.shared.PartialDates;
import vn.hoptac.shared.RecordRequest;
import vn.hoptac.shared.RuleViolationException;
import vn.hoptac.shared.Visibility;

/**
 * Body of POST and PUT. Dates in histories and milestones may be a year ({@code 2004}), a month
 * ({@code 2018-11}) or a day. {@code version} is the one the client read. What GET answers can be
 * sent back as it is: its read-only fields are ignored. {@code duplicateIntended: true} confirms a
 * partnership between the same parties at the same level as an existing one (refused with 409 otherwise).
 */
@AcceptsFieldsOf(PartnershipResponse.class)
record PartnershipRequest(@Size(max = Partnership.TITLE_LENGTH) String title, PartnershipLevel level,
		Long vnLocalityId, Long vnOrganisationId, Long foreignLocalityId, Long foreignOrganisationId,
		@Size(max = Partnership.DESCRIPTION_LENGTH) String description,
		@Size(max = Partnership.SOURCE_LENGTH) String source, Set<CooperationField> fields,
		List<@Valid TypeEntry> types, List<@Valid StatusEntry> statuses, List<@Valid MilestoneEntry> milestones,
		Visibility visibility, Long version, Boolean duplicateIntended) implements RecordRequest<PartnershipDraft> {

	/** A partnership between the same parties at the same level as another is saved only when this says so. */
	boolean isDuplicateIntended() {
		return Boolean.TRUE.equals(duplicateIntended);
	}

	/** From {@code date} on, the partnership was of this type; the same shape in requests and responses. */
	record TypeEntry(PartnershipType type, String date, @Size(max = Partnership.NOTE_LENGTH) String note,
			@Size(max = Partnership.SOURCE_LENGTH) String source) {

		static TypeEntry of(TypeChange change) {
			return new TypeEntry(change.type(), text(change.validFrom(), change.datePrecision()), change.note(),
					change.source());
		}

	}

	/** From {@code date} on, the partnership stood at this status. */
	record StatusEntry(PartnershipStatus status, String date, @Size(max = Partnership.NOTE_LENGTH) String note,
			@Size(max = Partnership.SOURCE_LENGTH) String source) {

		static StatusEntry of(StatusChange change) {
			return new StatusEntry(change.status(), text(change.validFrom(), change.datePrecision()), change.note(),
					change.source());
		}

	}

	/** A dated event in the partnership's life. */
	record MilestoneEntry(String date, @Size(max = Partnership.MILESTONE_TITLE_LENGTH) String title,
			@Size(max = Partnership.DESCRIPTION_LENGTH) String description,
			@Size(max = Partnership.SOURCE_LENGTH) String source) {

		static MilestoneEntry of(Milestone milestone) {
			return new MilestoneEntry(text(milestone.date(), milestone.datePrecision()), milestone.title(),
					milestone.description(), milestone.source());
		}

	}

	@Override
	public PartnershipDraft toDraft() {
		var errors = new RuleViolationException.Collector();
		List<TypeChange> typeChanges = convert(types, "types", TypeEntry::date, errors,
				(t, d) -> new TypeChange(t.type(), date(d), precision(d), t.note(), t.source()));
		List<StatusChange> statusChanges = convert(statuses, "statuses", StatusEntry::date, errors,
				(s, d) -> new StatusChange(s.status(), date(d), precision(d), s.note(), s.source()));
		List<Milestone> events = convert(milestones, "milestones", MilestoneEntry::date, errors,
				(m, d) -> new Milestone(date(d), precision(d), m.title(), m.description(), m.source()));
		errors.throwIfAny();
		return new PartnershipDraft(title, level, vnLocalityId, vnOrganisationId, foreignLocalityId,
				foreignOrganisationId, description, source, fields, typeChanges, statusChanges, events, visibility);
	}

	private static <E, T> List<T> convert(List<E> entries, String field, Function<E, String> dateOf,
			RuleViolationException.Collector errors, java.util.function.BiFunction<E, PartialDate, T> build) {
		if (entries == null) {
			return List.of();
		}
		return java.util.stream.IntStream.range(0, entries.size()).mapToObj(i -> {
			E entry = entries.get(i);
			return build.apply(entry, PartialDates.parse(dateOf.apply(entry), field + "[" + i + "].date", errors));
		}).toList();
	}

	private static java.time.LocalDate date(PartialDate date) {
		return date == null ? null : date.date();
	}

	private static DatePrecision precision(PartialDate date) {
		return date == null ? null : date.precision();
	}

	/** A stored date as the client wrote it: {@code 2004}, {@code 2018-11} or {@code 2018-11-27}. */
	private static String text(java.time.LocalDate date, DatePrecision precision) {
		return date == null ? null : new PartialDate(date, precision == null ? DatePrecision.DAY : precision).toString();
	}

}
