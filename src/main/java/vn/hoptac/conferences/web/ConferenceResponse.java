package vn.hoptac.conferences.web;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import vn.hoptac.conferences.ApprovingAuthority;
import vn.hoptac.conferences.Conference;
import vn.hoptac.conferences.ConferenceKind;
import vn.hoptac.conferences.ConferenceStage;
import vn.hoptac.conferences.ConferenceStep;
import vn.hoptac.partners.CooperationField;
import vn.hoptac.partners.Party;
import vn.hoptac.partners.PartyDirectory;
import vn.hoptac.shared.DatePrecision.PartialDate;
import vn.hoptac.shared.Qualifier;
import vn.hoptac.shared.Visibility;
import vn.hoptac.sources.CitationResponse;

/**
 * A conference in full. Its writable fields are those of {@link ConferenceRequest}, with the same
 * names and shapes; {@code stage} is the furthest step of the path, {@code foreignCountry} that of
 * the foreign party, the parties named ({@code organiser}, {@code host}, {@code foreignParty}).
 */
record ConferenceResponse(Long id, String title, ConferenceKind kind, Long organiserOrganisationId,
		Party organiser, Long vnLocalityId, Party host, Long foreignOrganisationId, Long foreignLocalityId,
		Party foreignParty, String foreignCountry, Long partnershipId, String venue, boolean online, String startOn,
		String endOn, Integer participants, Qualifier participantsQualifier, Integer foreignParticipants,
		Qualifier foreignParticipantsQualifier, ApprovingAuthority authority, ConferenceStage stage, String summary,
		Set<CooperationField> fields, List<StepResponse> steps, String source, Visibility visibility,
		Long ownerProvinceId, long version, List<CitationResponse> sourceCitations) {

	static ConferenceResponse of(Conference c, PartyDirectory.Lookup names, List<CitationResponse> citations) {
		return new ConferenceResponse(c.getId(), c.getTitle(), c.getKind(), c.getOrganiserOrganisationId(),
				names.party(null, c.getOrganiserOrganisationId()), c.getVnLocalityId(),
				names.party(c.getVnLocalityId(), null), c.getForeignOrganisationId(), c.getForeignLocalityId(),
				names.party(c.getForeignLocalityId(), c.getForeignOrganisationId()), c.getForeignCountry(),
				c.getPartnershipId(), c.getVenue(), c.isOnline(), text(c.startDate()), text(c.endDate()),
				c.getParticipants(), c.getParticipantsQualifier(), c.getForeignParticipants(),
				c.getForeignParticipantsQualifier(), c.getAuthority(), c.getCurrentStage(), c.getSummary(),
				new TreeSet<>(c.getFields()), c.getSteps().stream().map(StepResponse::of).toList(), c.getSource(),
				c.getStewardship().visibility(), c.getStewardship().provinceId(), c.getVersion(), citations);
	}

	static String text(PartialDate date) {
		return date == null ? null : date.toString();
	}

	/** A step of the path, its date as precise as it is known. */
	record StepResponse(ConferenceStage stage, String stepOn, String documentRef, String opinion, String note,
			String source) {

		static StepResponse of(ConferenceStep s) {
			return new StepResponse(s.stage(), text(s.date()), s.documentRef(), s.opinion(), s.note(), s.source());
		}

	}

}
