package vn.hoptac.reviews;

/** Where a partnership stands, as computed from its records; labelled by {@code enum.HealthState.<name>}. */
public enum HealthState {

	/** Something happened within the slowing period (or projects are in implementation). */
	ACTIVE,
	/** The latest activity is older than the slowing period, not yet the dormancy period. */
	SLOWING,
	/** Formal, but nothing happened for the dormancy period (24 months unless configured). */
	DORMANT,
	/** Only a letter of intent (or a proposal), older than the dormancy period. */
	STUCK_AT_LETTER_OF_INTENT,
	/** Paused by its status or by a review's conclusion. */
	PAUSED,
	/** Ended by its status or by a review's conclusion. */
	ENDED;

	/** Whether the partnership needs someone to look at it. */
	public boolean needsAttention() {
		return this == SLOWING || this == DORMANT || this == STUCK_AT_LETTER_OF_INTENT;
	}

}
