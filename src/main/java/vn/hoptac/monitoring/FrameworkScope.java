package vn.hoptac.monitoring;

/** What a results framework measures: a plan, a partnership, a project, a province, or the nation. */
public enum FrameworkScope {

	PLAN, PARTNERSHIP, PROJECT, PROVINCE, NATION

}
