package vn.hoptac.agreements;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import vn.hoptac.partners.CooperationField;
import vn.hoptac.shared.DatePrecision.PartialDate;
import vn.hoptac.shared.Visibility;

/** What a user states about an agreement. Its actions are recorded separately. */
public record AgreementDraft(String title, AgreementKind kind, LegalBasis legalBasis, SignatoryLevel level,
		Long partnershipId, List<AgreementParty> parties, PartialDate signedOn, LocalDate effectiveOn,
		LocalDate expiresOn, Set<CooperationField> fields, String documentRef, String summary, String source,
		Visibility visibility) {

	public AgreementDraft {
		parties = parties == null ? List.of() : parties;
		fields = fields == null ? Set.of() : fields;
	}

}
