package vn.hoptac.projects;

/**
 * The IATI Standard 2.03 codelists a project is checked against (table {@code iati_code}; IATI
 * Standard, iatistandard.org, CC BY 4.0). The name is the codelist's own.
 */
public enum IatiCodelist {

	ORGANISATION_ROLE("OrganisationRole"), ACTIVITY_STATUS("ActivityStatus"), ACTIVITY_DATE_TYPE("ActivityDateType"),
	TRANSACTION_TYPE("TransactionType"), BUDGET_TYPE("BudgetType"), BUDGET_STATUS("BudgetStatus"),
	SECTOR_CATEGORY("SectorCategory"), SECTOR("Sector"), CURRENCY("Currency"), SDG_GOAL("UNSDG-Goals"),
	SDG_TARGET("UNSDG-Targets");

	private final String iatiName;

	IatiCodelist(String iatiName) {
		this.iatiName = iatiName;
	}

	public String iatiName() {
		return iatiName;
	}

}
