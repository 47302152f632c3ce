package vn.hoptac.policies;

/** What kind of document a policy document is, in the order of Vietnam's legal hierarchy, then the others. */
public enum PolicyKind {

	/** A resolution of the Party (Politburo, Central Committee) or of the National Assembly. */
	RESOLUTION,

	/** A law or code of the National Assembly. */
	LAW,

	/** A Government decree. */
	DECREE,

	/** A decision of the Prime Minister or of a ministry. */
	DECISION,

	/** A ministry's circular (or a joint circular). */
	CIRCULAR,

	/** A ministry's official letter or instruction (công văn). */
	OFFICIAL_LETTER,

	/** A foreign government's policy (Korea's New Southern Policy). */
	FOREIGN_POLICY,

	OTHER

}
