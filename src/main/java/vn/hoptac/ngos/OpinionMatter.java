package vn.hoptac.ngos;

/** What the DOFA is asked its opinion on (issuing, extending, amending or revoking a certificate). */
public enum OpinionMatter {

	ISSUE, EXTEND, AMEND, REVOKE

}
