package vn.hoptac.geo.web;

import java.time.LocalDate;

import vn.hoptac.geo.LocalityLevel;

/** The facets of the locality list, as the page's filter form sends them. */
public class LocalityFilter {

	private String q;

	private String country;

	private LocalityLevel level;

	private LocalDate at;

	private boolean current;

	private String parent;

	/** Whether any facet is set, so the page can offer to clear them. */
	public boolean isActive() {
		return q != null && !q.isBlank() || country != null && !country.isBlank() || level != null || at != null
				|| current || parent != null && !parent.isBlank();
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

	public LocalityLevel getLevel() {
		return level;
	}

	public void setLevel(LocalityLevel level) {
		this.level = level;
	}

	public LocalDate getAt() {
		return at;
	}

	public void setAt(LocalDate at) {
		this.at = at;
	}

	public boolean isCurrent() {
		return current;
	}

	public void setCurrent(boolean current) {
		this.current = current;
	}

	public String getParent() {
		return parent;
	}

	public void setParent(String parent) {
		this.parent = parent;
	}

}
