package vn.hoptac.projects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * An organisation, a locality or, when the source names none ("nhà hảo tâm Kobe"), a name, in an
 * IATI OrganisationRole: 1 funding, 2 accountable, 3 extending, 4 implementing.
 */
@Embeddable
public record ProjectParticipant(Integer role, Long organisationId, Long localityId,
		@Column(length = Project.NAME_TEXT_LENGTH) String nameText) {

	public static final int FUNDING = 1;

	public static final int IMPLEMENTING = 4;

}
