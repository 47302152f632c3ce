package vn.hoptac.ngos;

/** Whether a certificate is in force; an expired one is kept as a record. */
public enum CertificateStatus {

	VALID, EXPIRED, REVOKED

}
