package vn.hoptac.forums;

/** What kind of periodic meeting a forum is. */
public enum ForumKind {

	/** The departments' briefing on foreign affairs, held twice a year (Đà Nẵng thesis §5.2). */
	COORDINATION_BRIEFING,

	/** A forum held with the partners, usually once a year. */
	PARTNER_FORUM,

	/** A session of a joint committee of two parties. */
	JOINT_COMMITTEE,

	OTHER

}
