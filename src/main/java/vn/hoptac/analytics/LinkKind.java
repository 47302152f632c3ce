package vn.hoptac.analytics;

/** The records that draw a line between two actors, and the flow each carries. */
public enum LinkKind {

	PARTNERSHIP(Flow.INSTITUTIONS), AGREEMENT(Flow.INSTITUTIONS), PROJECT(Flow.RESOURCES), EXCHANGE(Flow.KNOWLEDGE),
	DELEGATION(Flow.KNOWLEDGE);

	private final Flow flow;

	LinkKind(Flow flow) {
		this.flow = flow;
	}

	public Flow flow() {
		return flow;
	}

}
