package vn.hoptac.ngos;

/** Whether a foreign NGO works in the province now. */
public enum NgoStatus {

	ACTIVE, INACTIVE

}
