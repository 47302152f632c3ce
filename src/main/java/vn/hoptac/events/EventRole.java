package vn.hoptac.events;

/** What the Vietnamese party did for the event (hosted it, co-hosted it or attended it). */
public enum EventRole {

	HOSTED, CO_HOSTED, ATTENDED

}
