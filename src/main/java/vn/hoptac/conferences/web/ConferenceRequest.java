package vn.hoptac.conferences.web;

import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import vn.hoptac.conferences.ApprovingAuthority;
import vn.hoptac.conferences.Conference;
import vn.hoptac.conferences.ConferenceDraft;
import vn.hoptac.conferences.ConferenceKind;
import vn.hoptac.conferences.ConferenceStage;
import vn.hoptac.conferences.ConferenceStep;
import vn.hoptac.conferences.web.ConferenceResponse.StepResponse;
import vn.hoptac.partners.CooperationField;
import vn.hoptac.shared.AcceptsFieldsOf;
import vn.hoptac.shared.PartialDates;
import vn.hoptac.shared.Qualifier;
import vn.hoptac.shared.RecordRequest;
import vn.hoptac.shared.RuleViolationException;
import vn.hoptac.shared.Visibility;

/**
 * Body of POST and PUT. Dates may be a year, a month, a day or a bound ({@code 2009},
 * {@code 2009-12}, {@code 2017-03-14}, {@code ..2020}); {@code steps} is the whole dossier path;
 * {@code version} is the one read. What GET answers can be sent back as it is.
 */
@AcceptsFieldsOf(ConferenceResponse.class)
record ConferenceRequest(@Size(max = Conference.TITLE_LENGTH) String title, ConferenceKind kind,
		Long organiserOrganisationId, Long vnLocalityId, Long foreignOrganisationId, Long foreignLocalityId,
		Long partnershipId, @Size(max = Conference.VENUE_LENGTH) String venue, Boolean online, String startOn,
		String endOn, Integer participants, Qualifier participantsQualifier, Integer foreignParticipants,
		Qualifier foreignParticipantsQualifier, ApprovingAuthority authority,
		@Size(max = Conference.SUMMARY_LENGTH) String summary, Set<CooperationField> fields,
		List<@Valid StepRequest> steps, @Size(max = Conference.SOURCE_LENGTH) String source, Visibility visibility,
		Long version) implements RecordRequest<ConferenceDraft> {

	/** A step of the dossier path. */
	@AcceptsFieldsOf(StepResponse.class)
	record StepRequest(ConferenceStage stage, String stepOn,
			@Size(max = Conference.DOCUMENT_REF_LENGTH) String documentRef,
			@Size(max = Conference.SUMMARY_LENGTH) String opinion, @Size(max = Conference.NOTE_LENGTH) String note,
			@Size(max = Conference.SOURCE_LENGTH) String source) {
	}

	@Override
	public ConferenceDraft toDraft() {
		var errors = new RuleViolationException.Collector();
		var start = PartialDates.parse(startOn, "startOn", errors);
		var end = PartialDates.parse(endOn, "endOn", errors);
		List<ConferenceStep> path = steps == null ? List.of() : new java.util.ArrayList<>();
		for (int i = 0; steps != null && i < steps.size(); i++) {
			StepRequest step = steps.get(i);
			path.add(new ConferenceStep(step.stage(), PartialDates.parse(step.stepOn(), "steps[" + i + "].stepOn", errors),
					step.documentRef(), step.opinion(), step.note(), step.source()));
		}
		errors.throwIfAny();
		return new ConferenceDraft(title, kind, organiserOrganisationId, vnLocalityId, foreignOrganisationId,
				foreignLocalityId, partnershipId, venue, Boolean.TRUE.equals(online), start, end, participants,
				participantsQualifier, foreignParticipants, foreignParticipantsQualifier, authority, summary, fields,
				path, source, visibility);
	}

}
