package vn.hoptac.delegations.web;

import vn.hoptac.delegations.Delegation;
import vn.hoptac.delegations.DelegationDirection;
import vn.hoptac.delegations.DelegationRank;
import vn.hoptac.delegations.DelegationStatus;
import vn.hoptac.partners.Party;
import vn.hoptac.partners.PartyDirectory;
import vn.hoptac.shared.DatePrecision;
import vn.hoptac.shared.Qualifier;
import vn.hoptac.shared.Visibility;

/** A delegation as a list shows it; programme, outcomes, cost and follow-ups are in the detail. */
record DelegationListItem(Long id, String title, DelegationDirection direction, DelegationStatus status,
		Party vnParty, Party foreignParty, String foreignCountry, Long partnershipId, String headName,
		String headTitle, DelegationRank headRank, String startOn, DatePrecision startPrecision, String endOn,
		Integer size, Qualifier sizeQualifier, String source, Visibility visibility, Long ownerProvinceId,
		long version) {

	static DelegationListItem of(Delegation d, PartyDirectory.Lookup names) {
		return new DelegationListItem(d.getId(), d.getTitle(), d.getDirection(), d.getStatus(),
				names.party(d.getVnLocalityId(), d.getVnOrganisationId()),
				names.party(d.getForeignLocalityId(), d.getForeignOrganisationId()), d.getForeignCountry(),
				d.getPartnershipId(), d.getHeadName(), d.getHeadTitle(), d.getHeadRank(),
				DelegationResponse.text(d.getStart()), d.getStartPrecision(), DelegationResponse.text(d.getEnd()),
				d.getSize(), d.getSizeQualifier(), d.getSource(), d.getStewardship().visibility(),
				d.getStewardship().provinceId(), d.getVersion());
	}

}
