package vn.hoptac.ngos;

/** Who a report on foreign NGOs goes to, the Ministry of Foreign Affairs or the Committee for Foreign NGO Affairs. */
public enum ReportRecipient {

	FOREIGN_AFFAIRS_MINISTRY, FOREIGN_NGO_COMMITTEE

}
