package vn.hoptac.ngos;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A registration certificate of a foreign NGO: its type, number, issuer and validity. */
@Embeddable
public record NgoCertificate(@Enumerated(EnumType.STRING) CertificateType type,
		@Column(length = Ngo.NUMBER_LENGTH) String number, Long issuerOrganisationId, LocalDate issuedOn,
		LocalDate validFrom, LocalDate validTo, @Enumerated(EnumType.STRING) CertificateStatus status,
		@Column(length = Ngo.DOCUMENT_REF_LENGTH) String documentRef) {
}
