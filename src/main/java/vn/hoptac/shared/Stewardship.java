package vn.hoptac.shared;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * Which province (and unit) keeps a record, and who else may read it. The province is always a
 * current one, so records of a merged province follow its successor.
 */
@Embeddable
public record Stewardship(@Column(name = "owner_province_id") Long provinceId,
		@Column(name = "owner_organisation_id") Long organisationId,
		@Enumerated(EnumType.STRING) @Column(name = "visibility") Visibility visibility) {

	public Stewardship {
		visibility = visibility == null ? Visibility.INTERNAL : visibility;
	}

}
