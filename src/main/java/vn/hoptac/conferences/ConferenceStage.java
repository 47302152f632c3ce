package vn.hoptac.conferences;

/**
 * A step of a conference's dossier path, in the order of the path: a refusal comes before an
 * approval that overturns it, and the furthest step recorded is the conference's stage.
 */
public enum ConferenceStage {

	DOSSIER_RECEIVED, APPRAISED, REFUSED, APPROVED, HELD, REPORTED, CANCELLED

}
