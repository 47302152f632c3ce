package vn.hoptac.ngos;

/** The registration certificate a foreign NGO holds, for operating, for a project office or for a representative office. */
public enum CertificateType {

	OPERATION, PROJECT_OFFICE, REPRESENTATIVE_OFFICE

}
