package vn.hoptac.partners.web;

import vn.hoptac.partners.OrganisationType;

/** The facets of the organisation list, as the page's filter form sends them. */
public class OrganisationFilter {

	private String q;

	private String country;

	private OrganisationType type;

	private Long locality;

	public boolean isActive() {
		return q != null && !q.isBlank() || country != null && !country.isBlank() || type != null || locality != null;
	}

	public String getQ() {
		return q;
	}

	public void setQ(String q) {
		this.q = q;
	}

	public String getCountry() {
		return country;
	}

	public void setCountry(String country) {
		this.country = country;
	}

	public OrganisationType getType() {
		return type;
	}

	public void setType(OrganisationType type) {
		this.type = type;
	}

	public Long getLocality() {
		return locality;
	}

	public void setLocality(Long locality) {
		this.locality = locality;
	}

}
