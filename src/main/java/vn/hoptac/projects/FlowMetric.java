package vn.hoptac.projects;

/**
 * What a reported total counts or sums: counts (projects, enterprises, programmes, scholarships)
 * carry no currency; money does.
 */
public enum FlowMetric {

	PROJECTS(false), ENTERPRISES(false), PROGRAMMES(false), SCHOLARSHIPS(false), REGISTERED_CAPITAL(true),
	IMPLEMENTED_CAPITAL(true), INVESTMENT(true), AID_RECEIVED(true), AID_GIVEN(true), EXPORTS(true);

	private final boolean money;

	FlowMetric(boolean money) {
		this.money = money;
	}

	public boolean isMoney() {
		return money;
	}

}
