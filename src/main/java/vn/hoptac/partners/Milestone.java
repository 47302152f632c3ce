package vn.hoptac.partners;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import vn.hoptac.shared.DatePrecision;

/** A dated event in a partnership's life, with the source that reports it. */
@Embeddable
public record Milestone(@Column(name = "milestone_date") LocalDate date,
		@Enumerated(EnumType.STRING) DatePrecision datePrecision, @Column(length = Partnership.MILESTONE_TITLE_LENGTH) String title,
		@Column(length = Partnership.DESCRIPTION_LENGTH) String description,
		@Column(length = Partnership.SOURCE_LENGTH) String source) {
}
