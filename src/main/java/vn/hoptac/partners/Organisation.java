package vn.hoptac.partners;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;

import vn.hoptac.shared.Names;
import vn.hoptac.shared.Stewardship;
import vn.hoptac.shared.Text;
import vn.hoptac.shared.StewardedRecord;

/** A body that cooperates or helps: committee, department, ministry, university, donor, NGO… */
@Entity
@Table(name = "organisation")
public class Organisation extends StewardedRecord {

	/** Column sizes of organisation (db/migration): the schema's limits, which requests are validated against. */
	public static final int NAME_LENGTH = 300;

	public static final int ABBREVIATION_LENGTH = 40;

	public static final int WEBSITE_LENGTH = 500;

	public static final int SOURCE_LENGTH = 500;

	/** Folded names and the collation key are cut to their columns: a long name stays searchable by its start. */
	static final int SEARCH_TEXT_LENGTH = 2000;

	static final int SORT_KEY_LENGTH = 900;

	@Enumerated(EnumType.STRING)
	private OrganisationType type;

	@Embedded
	private Names names;

	@Column(length = ABBREVIATION_LENGTH)
	private String abbreviation;

	private String country;

	private Long localityId;

	@Column(length = WEBSITE_LENGTH)
	private String website;

	protected Organisation() {
	}

	Organisation(OrganisationDraft draft, Stewardship stewardship) {
		apply(draft, stewardship);
	}

	void apply(OrganisationDraft draft, Stewardship stewardship) {
		this.stewardship = stewardship;
		this.type = draft.type();
		this.names = draft.names();
		this.abbreviation = draft.abbreviation();
		this.country = draft.country();
		this.localityId = draft.localityId();
		this.website = draft.website();
		this.source = draft.source();
	}

	@PrePersist
	@PreUpdate
	void index() {
		searchText = Text.fit(Text.searchText(names.searchText(), abbreviation), SEARCH_TEXT_LENGTH);
		sortKey = Text.fit(Text.sortKey(names.vi()), SORT_KEY_LENGTH);
	}

	public OrganisationType getType() {
		return type;
	}

	public Names getNames() {
		return names;
	}

	public String getAbbreviation() {
		return abbreviation;
	}

	public String getCountry() {
		return country;
	}

	public Long getLocalityId() {
		return localityId;
	}

	public String getWebsite() {
		return website;
	}

}
