package vn.hoptac.geo;

/** Administrative level of a locality, Vietnamese and foreign. */
public enum LocalityLevel {

	// Vietnam
	MUNICIPALITY, PROVINCE, DISTRICT, PROVINCIAL_CITY, TOWN, COMMUNE, WARD, SPECIAL_ZONE,
	// Korea
	SPECIAL_CITY, METROPOLITAN_CITY, SPECIAL_SELF_GOVERNING_CITY, SPECIAL_SELF_GOVERNING_PROVINCE,
	// Elsewhere
	STATE, PREFECTURE, REGION, CITY, COUNTY, OTHER;

	/** First-tier units: the level a DOFA works at. */
	public boolean isProvincial() {
		return switch (this) {
			case MUNICIPALITY, PROVINCE, SPECIAL_CITY, METROPOLITAN_CITY, SPECIAL_SELF_GOVERNING_CITY,
					SPECIAL_SELF_GOVERNING_PROVINCE, STATE, PREFECTURE, REGION -> true;
			default -> false;
		};
	}

}
