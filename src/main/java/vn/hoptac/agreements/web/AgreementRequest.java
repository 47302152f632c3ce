package vn.hoptac.agreements.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import vn.hoptac.agreements.AgreementDraft;
import vn.hoptac.agreements.AgreementKind;
import vn.hoptac.agreements.AgreementParty;
import vn.hoptac.agreements.LegalBasis;
import vn.hoptac.agreements.SignatoryLevel;
import vn.hoptac.partners.CooperationField;
import vn.hoptac.shared.DatePrecision.PartialDate;
import vn.hoptac.shared.PartialDates;
import vn.hoptac.shared.RuleViolationException;
import vn.hoptac.shared.Visibility;

/** Body of POST and PUT. {@code signedOn} may be a year, a month or a day; {@code version} is the one read. */
record AgreementRequest(String title, AgreementKind kind, LegalBasis legalBasis, SignatoryLevel level,
		Long partnershipId, List<AgreementParty> parties, String signedOn, LocalDate effectiveOn, LocalDate expiresOn,
		Set<CooperationField> fields, String documentRef, String summary, String source, Visibility visibility,
		Long version) {

	AgreementDraft toDraft() {
		var errors = new RuleViolationException.Collector();
		PartialDate signed = PartialDates.parse(signedOn, "signedOn", errors);
		errors.throwIfAny();
		return new AgreementDraft(title, kind, legalBasis, level, partnershipId, parties, signed, effectiveOn,
				expiresOn, fields, documentRef, summary, source, visibility);
	}

}
