package vn.hoptac.exchanges.internal;

import java.util.List;

import org.springframework.stereotype.Component;

import vn.hoptac.exchanges.ExchangeService;
import vn.hoptac.partners.PartnershipLinks;
import vn.hoptac.shared.Access;
import vn.hoptac.shared.RecordRef;

/** The exchanges that belong to a partnership; one the asker may not read is named by its number only. */
@Component
class ExchangesOfPartnership implements PartnershipLinks {

	private final ExchangeRepository exchanges;

	ExchangesOfPartnership(ExchangeRepository exchanges) {
		this.exchanges = exchanges;
	}

	@Override
	public List<RecordRef> linkedTo(long partnershipId) {
		return exchanges.findTop10ByPartnershipIdOrderById(partnershipId)
			.stream()
			.map(e -> new RecordRef(ExchangeService.ENTITY, e.getId(),
					Access.canRead(e.getStewardship()) ? e.getTitle() : "#" + e.getId(), "/exchanges/" + e.getId()))
			.toList();
	}

}
