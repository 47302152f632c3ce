package vn.hoptac.partners.web;

import vn.hoptac.shared.NameLengths;
import vn.hoptac.shared.NamesForm;
import vn.hoptac.shared.RecordForm;
import jakarta.validation.constraints.Size;
import vn.hoptac.partners.Organisation;
import vn.hoptac.partners.OrganisationDraft;
import vn.hoptac.partners.OrganisationType;

/**
 * The organisation form of the pages, for creating and editing. Field names follow the draft's, so
 * the service's violations ({@code names.vi}, {@code localityId}…) land next to their field.
 */
public class OrganisationForm extends RecordForm {

	private OrganisationType type;

	@NameLengths(max = Organisation.NAME_LENGTH)
	private NamesForm names = new NamesForm();

	@Size(max = Organisation.ABBREVIATION_LENGTH)
	private String abbreviation;

	private String country = "VN";

	private Long localityId;

	@Size(max = Organisation.WEBSITE_LENGTH)
	private String website;

	static OrganisationForm of(Organisation organisation) {
		OrganisationForm form = new OrganisationForm();
		form.type = organisation.getType();
		form.names = NamesForm.of(organisation.getNames());
		form.abbreviation = organisation.getAbbreviation();
		form.country = organisation.getCountry();
		form.localityId = organisation.getLocalityId();
		form.website = organisation.getWebsite();
		form.keptAs(organisation);
		return form;
	}

	OrganisationDraft toDraft() {
		return new OrganisationDraft(type, names.toNames(), trim(abbreviation), trim(country), localityId, trim(website),
				trim(getSource()), getVisibility());
	}

	static String trim(String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}

	public OrganisationType getType() {
		return type;
	}

	public void setType(OrganisationType type) {
		this.type = type;
	}

	public NamesForm getNames() {
		return names;
	}

	public void setNames(NamesForm names) {
		this.names = names;
	}

	public String getAbbreviation() {
		return abbreviation;
	}

	public void setAbbreviation(String abbreviation) {
		this.abbreviation = abbreviation;
	}

	public String getCountry() {
		return country;
	}

	public void setCountry(String country) {
		this.country = country;
	}

	public Long getLocalityId() {
		return localityId;
	}

	public void setLocalityId(Long localityId) {
		this.localityId = localityId;
	}

	public String getWebsite() {
		return website;
	}

	public void setWebsite(String website) {
		this.website = website;
	}

}
