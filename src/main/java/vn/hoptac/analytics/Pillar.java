package vn.hoptac.analytics;

import vn.hoptac.partners.OrganisationType;

/** The four pillars of seed 000's Figure 1: who an actor is in the network. */
public enum Pillar {

	GOVERNMENT, BUSINESS, COMMUNITY, ACADEMIA;

	/** A locality acts through its government; an organisation by its kind (NGOs and associations are the community). */
	public static Pillar of(OrganisationType type) {
		if (type == null) {
			return COMMUNITY;
		}
		return switch (type) {
			case BUSINESS -> BUSINESS;
			case UNIVERSITY, RESEARCH_INSTITUTE -> ACADEMIA;
			case FOREIGN_NGO, ASSOCIATION, OTHER -> COMMUNITY;
			case PEOPLES_COMMITTEE, DOFA, DEPARTMENT, DISTRICT_COMMITTEE, COMMUNE_COMMITTEE, MINISTRY, DONOR_AGENCY,
					INTERNATIONAL_ORGANISATION, CITY_NETWORK -> GOVERNMENT;
		};
	}

}
