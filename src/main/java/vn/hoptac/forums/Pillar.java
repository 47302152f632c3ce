package vn.hoptac.forums;

import java.util.Optional;

import vn.hoptac.partners.OrganisationType;

/** The four pillars a participant stands for (government, business, community, academia). */
public enum Pillar {

	GOVERNMENT, BUSINESS, COMMUNITY, ACADEMIA;

	/** The pillar an organisation of this type stands for, where its type tells it. */
	public static Optional<Pillar> of(OrganisationType type) {
		if (type == null) {
			return Optional.empty();
		}
		return Optional.ofNullable(switch (type) {
			case PEOPLES_COMMITTEE, DOFA, DEPARTMENT, DISTRICT_COMMITTEE, COMMUNE_COMMITTEE, MINISTRY, DONOR_AGENCY,
					CITY_NETWORK -> GOVERNMENT;
			case BUSINESS -> BUSINESS;
			case FOREIGN_NGO, ASSOCIATION -> COMMUNITY;
			case UNIVERSITY, RESEARCH_INSTITUTE -> ACADEMIA;
			case INTERNATIONAL_ORGANISATION, OTHER -> null;
		});
	}

}
