package vn.hoptac.events;

/** How a locality or body belongs to a network (a member, an observer, or a cooperation without membership). */
public enum MembershipKind {

	MEMBER, OBSERVER, COOPERATION

}
