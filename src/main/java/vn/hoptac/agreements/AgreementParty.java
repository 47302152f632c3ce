package vn.hoptac.agreements;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A party (a locality or an organisation) and who signed for it. */
@Embeddable
public record AgreementParty(@Enumerated(EnumType.STRING) PartySide side, Long localityId, Long organisationId,
		@Column(length = Agreement.SIGNATORY_NAME_LENGTH) String signatoryName,
		@Column(length = Agreement.SIGNATORY_TITLE_LENGTH) String signatoryTitle, @Enumerated(EnumType.STRING) SignatoryLevel signatoryLevel) {
}
