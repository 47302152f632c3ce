package vn.hoptac.conferences;

/** What kind of international meeting a conference is. */
public enum ConferenceKind {

	CONFERENCE, SEMINAR, WORKSHOP, FORUM

}
