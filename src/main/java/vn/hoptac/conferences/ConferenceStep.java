package vn.hoptac.conferences;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import vn.hoptac.shared.DatePrecision;
import vn.hoptac.shared.DatePrecision.PartialDate;

/**
 * One step of a conference's dossier path, dated as precisely as it is known (null: not known),
 * with the document that records it and, for an appraisal, the opinion given.
 */
@Embeddable
public record ConferenceStep(@Enumerated(EnumType.STRING) ConferenceStage stage, LocalDate stepOn,
		@Enumerated(EnumType.STRING) DatePrecision stepPrecision,
		@Column(length = Conference.DOCUMENT_REF_LENGTH) String documentRef,
		@Column(length = Conference.SUMMARY_LENGTH) String opinion, @Column(length = Conference.NOTE_LENGTH) String note,
		@Column(length = Conference.SOURCE_LENGTH) String source) {

	public ConferenceStep(ConferenceStage stage, PartialDate date, String documentRef, String opinion, String note,
			String source) {
		this(stage, date == null ? null : date.date(), date == null ? null : date.precision(), documentRef, opinion,
				note, source);
	}

	/** The date as the sources give it, or null. */
	public PartialDate date() {
		return PartialDate.of(stepOn, stepPrecision);
	}

}
