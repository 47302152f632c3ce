package vn.hoptac.forums.internal;

import java.util.List;

import org.springframework.stereotype.Component;

import vn.hoptac.forums.ForumService;
import vn.hoptac.partners.PartnershipLinks;
import vn.hoptac.shared.Access;
import vn.hoptac.shared.RecordRef;

/** The forums held for a partnership; one the asker may not read is named by its number only. */
@Component
class ForumsOfPartnership implements PartnershipLinks {

	private final ForumRepository forums;

	ForumsOfPartnership(ForumRepository forums) {
		this.forums = forums;
	}

	@Override
	public List<RecordRef> linkedTo(long partnershipId) {
		return forums.findTop10ByPartnershipIdOrderById(partnershipId)
			.stream()
			.map(f -> new RecordRef(ForumService.ENTITY, f.getId(),
					Access.canRead(f.getStewardship()) ? f.getTitle() : "#" + f.getId(), "/forums/" + f.getId()))
			.toList();
	}

}
