package vn.hoptac.exchanges;

/** What a count is in (persons, person-visits, teams or courses). */
public enum ExchangeUnit {

	PERSONS, PERSON_VISITS, TEAMS, COURSES

}
