package vn.hoptac.delegations;

/** Whether a reported number of persons counts persons or person-visits ("lượt người"). */
public enum PersonsUnit {

	PERSONS, PERSON_VISITS

}
