package vn.hoptac.forums.web;

import java.util.List;

import vn.hoptac.forums.FollowUpProgress;
import vn.hoptac.forums.Forum;
import vn.hoptac.forums.ForumFollowUp;
import vn.hoptac.forums.ForumKind;
import vn.hoptac.partners.Pillar;
import vn.hoptac.partners.Party;
import vn.hoptac.partners.PartyDirectory;
import vn.hoptac.shared.Visibility;
import vn.hoptac.sources.CitationResponse;

/**
 * A forum in full; its writable fields are those of {@link ForumRequest}, with the same names and
 * shapes. {@code province} and each participant's {@code organisation} name the ids for display;
 * {@code followUpProgress} follows from the follow-ups.
 */
record ForumResponse(Long id, String title, ForumKind kind, String heldOn, String place, Long vnLocalityId,
		Party province, Long partnershipId, List<ParticipantResponse> participants, String agenda, String minutes,
		List<String> decisions, List<ForumFollowUp> followUps, FollowUpProgress followUpProgress, String source,
		Visibility visibility, Long ownerProvinceId, long version, List<CitationResponse> sourceCitations) {

	/** A participant: the organisation's id and name, the pillar it stood for. */
	record ParticipantResponse(Long organisationId, Party organisation, Pillar pillar) {
	}

	static ForumResponse of(Forum f, PartyDirectory.Lookup names, List<CitationResponse> sourceCitations) {
		return new ForumResponse(f.getId(), f.getTitle(), f.getKind(),
				f.getHeld() == null ? null : f.getHeld().toString(), f.getPlace(), f.getVnLocalityId(),
				names.party(f.getVnLocalityId(), null), f.getPartnershipId(),
				f.getParticipants()
					.stream()
					.map(p -> new ParticipantResponse(p.organisationId(), names.party(null, p.organisationId()),
							p.pillar()))
					.toList(),
				f.getAgenda(), f.getMinutes(), List.copyOf(f.getDecisions()), List.copyOf(f.getFollowUps()),
				f.getFollowUpProgress(), f.getSource(), f.getStewardship().visibility(),
				f.getStewardship().provinceId(), f.getVersion(), sourceCitations);
	}

}
