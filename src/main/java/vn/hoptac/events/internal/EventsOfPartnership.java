package vn.hoptac.events.internal;

import java.util.List;

import org.springframework.stereotype.Component;

import vn.hoptac.events.EventService;
import vn.hoptac.partners.PartnershipLinks;
import vn.hoptac.shared.Access;
import vn.hoptac.shared.RecordRef;

/** The events that belong to a partnership; one the asker may not read is named by its number only. */
@Component
class EventsOfPartnership implements PartnershipLinks {

	private final EventRepository events;

	EventsOfPartnership(EventRepository events) {
		this.events = events;
	}

	@Override
	public List<RecordRef> linkedTo(long partnershipId) {
		return events.findTop10ByPartnershipIdOrderById(partnershipId)
			.stream()
			.map(e -> new RecordRef(EventService.ENTITY, e.getId(),
					Access.canRead(e.getStewardship()) ? e.getTitle() : "#" + e.getId(), "/events/" + e.getId()))
			.toList();
	}

}
