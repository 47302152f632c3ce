package vn.hoptac.delegations;

import java.util.List;

/**
 * One group of the delegation statistics: its key (the grouping's values, e.g. the foreign
 * locality's and organisation's ids; null where unknown), how many delegations, the persons they
 * counted, and how many of them stated their size.
 */
public record StatsRow(List<Object> key, long delegations, long persons, long personsKnown) {

	/** This group's counts added to another's of the same key. */
	public StatsRow plus(StatsRow other) {
		return new StatsRow(key, delegations + other.delegations, persons + other.persons,
				personsKnown + other.personsKnown);
	}

}
