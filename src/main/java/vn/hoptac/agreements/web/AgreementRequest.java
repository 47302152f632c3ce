package vn.hoptac.agreements.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import vn.hoptac.agreements.Agreement;
import vn.hoptac.agreements.AgreementDraft;
import vn.hoptac.agreements.AgreementKind;
import vn.hoptac.agreements.AgreementParty;
import vn.hoptac.agreements.LegalBasis;
import vn.hoptac.agreements.PartySide;
import vn.hoptac.agreements.SignatoryLevel;
import vn.hoptac.agreements.web.AgreementResponse.PartyResponse;
import vn.hoptac.partners.CooperationField;
import vn.hoptac.shared.AcceptsFieldsOf;
import vn.hoptac.shared.DatePrecision.PartialDate;
import vn.hoptac.shared.PartialDates;
import vn.hoptac.shared.RecordRequest;
import vn.hoptac.shared.RuleViolationException;
import vn.hoptac.shared.Visibility;

/**
 * Body of POST and PUT. {@code signedOn} may be a year, a month or a day; {@code version} is the one
 * read. What GET answers can be sent back as it is: its read-only fields are ignored.
 */
@AcceptsFieldsOf(AgreementResponse.class)
record AgreementRequest(@Size(max = Agreement.TITLE_LENGTH) String title, AgreementKind kind, LegalBasis legalBasis,
		SignatoryLevel level, Long partnershipId, List<@Valid PartyRequest> parties, String signedOn,
		LocalDate effectiveOn, LocalDate expiresOn, Set<CooperationField> fields,
		@Size(max = Agreement.DOCUMENT_REF_LENGTH) String documentRef,
		@Size(max = Agreement.SUMMARY_LENGTH) String summary, @Size(max = Agreement.SOURCE_LENGTH) String source,
		Visibility visibility, Long version) implements RecordRequest<AgreementDraft> {

	/** A party: a locality or an organisation, and who signed for it. */
	@AcceptsFieldsOf(PartyResponse.class)
	record PartyRequest(PartySide side, Long localityId, Long organisationId,
			@Size(max = Agreement.SIGNATORY_NAME_LENGTH) String signatoryName,
			@Size(max = Agreement.SIGNATORY_TITLE_LENGTH) String signatoryTitle, SignatoryLevel signatoryLevel) {

		AgreementParty toParty() {
			return new AgreementParty(side, localityId, organisationId, signatoryName, signatoryTitle, signatoryLevel);
		}

	}

	@Override
	public AgreementDraft toDraft() {
		var errors = new RuleViolationException.Collector();
		PartialDate signed = PartialDates.parse(signedOn, "signedOn", errors);
		errors.throwIfAny();
		return new AgreementDraft(title, kind, legalBasis, level, partnershipId,
				parties == null ? null : parties.stream().map(PartyRequest::toParty).toList(), signed, effectiveOn,
				expiresOn, fields, documentRef, summary, source, visibility);
	}

}
