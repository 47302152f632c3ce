package vn.hoptac.projects;

/** What an appraisal of an NGO project or of non-ODA aid concluded. */
public enum AppraisalConclusion {

	APPROVED, APPROVED_WITH_CONDITIONS, REFUSED

}
