package vn.hoptac.reports;

/** Whether a report's version is still being written or has gone to MOFA (and is frozen). */
public enum ReportStatus {
	DRAFT, SUBMITTED
}
