package vn.hoptac.events.web;

import java.util.List;

import vn.hoptac.partners.Partnership;
import vn.hoptac.partners.PartnershipService;
import vn.hoptac.shared.Role;

/** What the page controllers of memberships, events and awards share: who writes, and the partnerships a form offers. */
final class EventsPages {

	static final Role[] WRITERS = { Role.ADMIN, Role.PROVINCE_ADMIN, Role.PROVINCE_OFFICER, Role.DEPARTMENT_FOCAL };

	private EventsPages() {
	}

	/** The partnerships a form offers to link a record to. */
	static List<Partnership> partnershipOptions(PartnershipService partnerships, Long selected) {
		return partnerships.formOptions(selected);
	}

}
