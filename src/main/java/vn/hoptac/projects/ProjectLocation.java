package vn.hoptac.projects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Where a project takes place: a locality (province, district; abroad for Vietnam as donor) and/or a commune by name. */
@Embeddable
public record ProjectLocation(Long localityId, @Column(length = Project.COMMUNE_NAME_LENGTH) String communeName,
		@Column(length = Project.LOCATION_NOTE_LENGTH) String note) {
}
