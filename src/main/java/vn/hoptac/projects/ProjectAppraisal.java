package vn.hoptac.projects;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** An appraisal of an NGO project or of non-ODA aid: who appraised it, when, and what it concluded. */
@Embeddable
public record ProjectAppraisal(Long appraiserOrganisationId, LocalDate requestedOn, LocalDate concludedOn,
		@Enumerated(EnumType.STRING) AppraisalConclusion conclusion,
		@Column(length = Project.DOCUMENT_REF_LENGTH) String documentRef,
		@Column(length = Project.NOTE_LENGTH) String note) {
}
