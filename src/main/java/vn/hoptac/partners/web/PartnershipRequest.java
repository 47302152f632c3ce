package vn.hoptac.partners.web;

import java.util.List;
import java.util.Set;
import java.util.function.Function;

import vn.hoptac.partners.CooperationField;
import vn.hoptac.partners.Milestone;
import vn.hoptac.partners.PartnershipDraft;
import vn.hoptac.partners.PartnershipLevel;
import vn.hoptac.partners.PartnershipStatus;
import vn.hoptac.partners.PartnershipType;
import vn.hoptac.partners.StatusChange;
import vn.hoptac.partners.TypeChange;
import vn.hoptac.shared.DatePrecision.PartialDate;
import vn.hoptac.shared.PartialDates;
import vn.hoptac.shared.RuleViolationException;
import vn.hoptac.shared.Visibility;

/**
 * Body of POST and PUT. Dates in histories and milestones may be a year ({@code 2004}), a month
 * ({@code 2018-11}) or a day. {@code version} is the one the client read.
 */
record PartnershipRequest(String title, PartnershipLevel level, Long vnLocalityId, Long vnOrganisationId,
		Long foreignLocalityId, Long foreignOrganisationId, String description, String source,
		Set<CooperationField> fields, List<TypeEntry> types, List<StatusEntry> statuses, List<MilestoneEntry> milestones,
		Visibility visibility, Long version) {

	record TypeEntry(PartnershipType type, String date, String note, String source) {
	}

	record StatusEntry(PartnershipStatus status, String date, String note, String source) {
	}

	record MilestoneEntry(String date, String title, String description, String source) {
	}

	PartnershipDraft toDraft() {
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

	private static vn.hoptac.shared.DatePrecision precision(PartialDate date) {
		return date == null ? null : date.precision();
	}

}
