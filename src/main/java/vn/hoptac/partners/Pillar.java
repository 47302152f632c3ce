package vn.hoptac.partners;

import java.util.Optional;

/**
 * The four pillars of local cooperation (seed 000, Figure 1): who an actor is, whether a forum's
 * participant or an actor of the network.
 */
public enum Pillar {

	GOVERNMENT, BUSINESS, COMMUNITY, ACADEMIA;

	/**
	 * The pillar an organisation of this type stands for, where its type tells it: international
	 * organisations are bodies of governments; an organisation of another kind tells nothing.
	 */
	public static Optional<Pillar> of(OrganisationType type) {
		if (type == null) {
			return Optional.empty();
		}
		return Optional.ofNullable(switch (type) {
			case PEOPLES_COMMITTEE, DOFA, DEPARTMENT, DISTRICT_COMMITTEE, COMMUNE_COMMITTEE, MINISTRY, DONOR_AGENCY,
					INTERNATIONAL_ORGANISATION, CITY_NETWORK -> GOVERNMENT;
			case BUSINESS -> BUSINESS;
			case FOREIGN_NGO, ASSOCIATION -> COMMUNITY;
			case UNIVERSITY, RESEARCH_INSTITUTE -> ACADEMIA;
			case OTHER -> null;
		});
	}

}
