package vn.hoptac.geo.web;

import vn.hoptac.shared.NameLengths;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

import vn.hoptac.geo.Locality;
import vn.hoptac.geo.LocalityDraft;
import vn.hoptac.geo.LocalityLevel;
import vn.hoptac.shared.NamesForm;

/**
 * The locality form of the pages, for creating and editing. Field names follow the draft's, so the
 * service's violations ({@code names.vi}, {@code validTo}…) land next to their field.
 */
public class LocalityForm {

	@Size(max = Locality.CODE_LENGTH)
	private String code;

	private String country = "VN";

	private LocalityLevel level;

	@Size(max = Locality.CODE_LENGTH)
	private String parentCode;

	@NameLengths(max = Locality.NAME_LENGTH)
	private NamesForm names = new NamesForm();

	private LocalDate validFrom;

	private LocalDate validTo;

	@Size(max = Locality.SOURCE_LENGTH)
	private String source;

	private Long version;

	static LocalityForm of(Locality locality, String parentCode) {
		LocalityForm form = new LocalityForm();
		form.code = locality.getCode();
		form.country = locality.getCountry();
		form.level = locality.getLevel();
		form.parentCode = parentCode;
		form.names = NamesForm.of(locality.getNames());
		form.validFrom = locality.getValidFrom();
		form.validTo = locality.getValidTo();
		form.source = locality.getSource();
		form.version = locality.getVersion();
		return form;
	}

	LocalityDraft toDraft() {
		return new LocalityDraft(trim(code), trim(country), level, trim(parentCode), names.toNames(), validFrom, validTo,
				trim(source));
	}

	static String trim(String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}

	public String getCode() {
		return code;
	}

	public void setCode(String code) {
		this.code = code;
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

	public String getParentCode() {
		return parentCode;
	}

	public void setParentCode(String parentCode) {
		this.parentCode = parentCode;
	}

	public NamesForm getNames() {
		return names;
	}

	public void setNames(NamesForm names) {
		this.names = names;
	}

	public LocalDate getValidFrom() {
		return validFrom;
	}

	public void setValidFrom(LocalDate validFrom) {
		this.validFrom = validFrom;
	}

	public LocalDate getValidTo() {
		return validTo;
	}

	public void setValidTo(LocalDate validTo) {
		this.validTo = validTo;
	}

	public String getSource() {
		return source;
	}

	public void setSource(String source) {
		this.source = source;
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
