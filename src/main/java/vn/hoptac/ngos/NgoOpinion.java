package vn.hoptac.ngos;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * The DOFA's opinion on issuing, extending, amending or revoking a certificate, which it names by
 * its number ({@code certificateNumber}, when the certificate is on file).
 */
@Embeddable
public record NgoOpinion(@Enumerated(EnumType.STRING) OpinionMatter matter,
		@Column(length = Ngo.NUMBER_LENGTH) String certificateNumber, LocalDate requestedOn, LocalDate givenOn,
		@Enumerated(EnumType.STRING) OpinionStance stance, @Column(length = Ngo.DOCUMENT_REF_LENGTH) String documentRef,
		@Column(length = Ngo.TEXT_LENGTH) String text) {
}
