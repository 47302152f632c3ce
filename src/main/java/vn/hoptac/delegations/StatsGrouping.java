package vn.hoptac.delegations;

/** What the delegation statistics group by. */
public enum StatsGrouping {

	PARTNER, COUNTRY, DIRECTION, YEAR

}
