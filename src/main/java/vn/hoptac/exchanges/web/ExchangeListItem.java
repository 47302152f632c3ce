package vn.hoptac.exchanges.web;

import vn.hoptac.exchanges.Exchange;
import vn.hoptac.exchanges.ExchangeKind;
import vn.hoptac.exchanges.ExchangeStatus;
import vn.hoptac.partners.Party;
import vn.hoptac.partners.PartyDirectory;
import vn.hoptac.shared.Visibility;

/** An exchange as a list shows it; its counts, description and fields are in the detail. */
record ExchangeListItem(Long id, String title, ExchangeKind kind, ExchangeStatus status, String programmeName,
		Party vnParty, Party foreignParty, String foreignCountry, Long partnershipId, String startOn, String endOn,
		String source, Visibility visibility, Long ownerProvinceId, long version) {

	static ExchangeListItem of(Exchange e, PartyDirectory.Lookup names) {
		return new ExchangeListItem(e.getId(), e.getTitle(), e.getKind(), e.getStatus(), e.getProgrammeName(),
				names.party(e.getVnLocalityId(), e.getVnOrganisationId()),
				names.party(e.getForeignLocalityId(), e.getForeignOrganisationId()), e.getForeignCountry(),
				e.getPartnershipId(), ExchangeResponse.text(e.getStart()), ExchangeResponse.text(e.getEnd()),
				e.getSource(), e.getStewardship().visibility(), e.getStewardship().provinceId(), e.getVersion());
	}

}
