package vn.hoptac.conferences.internal;

import java.util.List;

import org.springframework.stereotype.Component;

import vn.hoptac.conferences.ConferenceService;
import vn.hoptac.partners.PartnershipLinks;
import vn.hoptac.shared.Access;
import vn.hoptac.shared.RecordRef;

/** The conferences held under a partnership, so that it is not deleted from under them. */
@Component
class ConferencesOfPartnership implements PartnershipLinks {

	private final ConferenceRepository conferences;

	ConferencesOfPartnership(ConferenceRepository conferences) {
		this.conferences = conferences;
	}

	@Override
	public List<RecordRef> linkedTo(long partnershipId) {
		return conferences.findTop10ByPartnershipIdOrderById(partnershipId)
			.stream()
			.map(c -> new RecordRef(ConferenceService.ENTITY, c.getId(),
					Access.canRead(c.getStewardship()) ? c.getTitle() : "#" + c.getId(), "/conferences/" + c.getId()))
			.toList();
	}

}
