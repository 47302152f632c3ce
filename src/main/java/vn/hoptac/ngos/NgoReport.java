package vn.hoptac.ngos;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A report on the NGO's work sent to MOFA or COMINGO, for a year or one of its halves ({@code half} 1 or 2). */
@Embeddable
public record NgoReport(@Enumerated(EnumType.STRING) ReportRecipient recipient,
		@Column(name = "report_year") Integer year, Integer half, LocalDate sentOn,
		@Column(length = Ngo.DOCUMENT_REF_LENGTH) String documentRef, @Column(length = Ngo.TEXT_LENGTH) String summary) {
}
