package vn.hoptac.conferences;

/** Who decides whether an international conference may be held (Decision 06/2020/QĐ-TTg). */
public enum ApprovingAuthority {

	PROVINCE_CHAIRMAN, PRIME_MINISTER, MINISTRY, OTHER

}
