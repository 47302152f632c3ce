package vn.hoptac.events;

/** What a figure of an event counts (connections are those a business matchmaking made). */
public enum EventMeasure {

	ECONOMIES, DELEGATES, BUSINESSES, JOURNALISTS, CONNECTIONS, VISITORS, DELEGATIONS, PARTICIPATING_LOCALITIES

}
