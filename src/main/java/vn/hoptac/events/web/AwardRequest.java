package vn.hoptac.events.web;

import jakarta.validation.constraints.Size;

import vn.hoptac.events.Award;
import vn.hoptac.events.AwardDraft;
import vn.hoptac.shared.AcceptsFieldsOf;
import vn.hoptac.shared.DatePrecision.PartialDate;
import vn.hoptac.shared.PartialDates;
import vn.hoptac.shared.RecordRequest;
import vn.hoptac.shared.RuleViolationException;
import vn.hoptac.shared.Visibility;

/**
 * Body of POST and PUT: the Vietnamese recipient may be left out when the award belongs to a
 * membership or an event; {@code awardedOn} as precise as known; {@code version} is the one read.
 */
@AcceptsFieldsOf(AwardResponse.class)
record AwardRequest(@Size(max = Award.TITLE_LENGTH) String title, Long vnLocalityId, Long vnOrganisationId,
		Long membershipId, Long eventId, Long projectId, String awardedOn, Long awardedByOrganisationId,
		@Size(max = Award.NOTE_LENGTH) String note, @Size(max = Award.SOURCE_LENGTH) String source,
		Visibility visibility, Long version) implements RecordRequest<AwardDraft> {

	@Override
	public AwardDraft toDraft() {
		var errors = new RuleViolationException.Collector();
		PartialDate awarded = PartialDates.parse(awardedOn, "awardedOn", errors);
		errors.throwIfAny();
		return new AwardDraft(title, vnLocalityId, vnOrganisationId, membershipId, eventId, projectId, awarded,
				awardedByOrganisationId, note, source, visibility);
	}

}
