package vn.hoptac.agreements.web;

import java.time.LocalDate;
import java.util.List;

import vn.hoptac.agreements.ActionType;
import vn.hoptac.agreements.Agreement;
import vn.hoptac.agreements.AgreementKind;
import vn.hoptac.agreements.LegalBasis;
import vn.hoptac.agreements.PartySide;
import vn.hoptac.agreements.SignatoryLevel;
import vn.hoptac.partners.Party;
import vn.hoptac.partners.PartyDirectory;
import vn.hoptac.shared.DatePrecision;
import vn.hoptac.shared.Visibility;

/**
 * An agreement as a list shows it: what identifies, dates and places it, and who is party to it.
 * Signatories, summary, fields and the action history with its deadlines are in the detail
 * ({@link AgreementResponse}); a list page would otherwise carry them twenty times over.
 */
record AgreementListItem(Long id, String title, AgreementKind kind, LegalBasis legalBasis, SignatoryLevel level,
		Long partnershipId, String foreignCountry, List<PartyItem> parties, LocalDate signedOn,
		DatePrecision signedPrecision, LocalDate effectiveOn, LocalDate expiresOn, ActionType status,
		String documentRef, String source, Visibility visibility, Long ownerProvinceId, long version) {

	static AgreementListItem of(Agreement a, PartyDirectory.Lookup names) {
		return new AgreementListItem(a.getId(), a.getTitle(), a.getKind(), a.getLegalBasis(), a.getLevel(),
				a.getPartnershipId(), a.getForeignCountry(),
				a.getParties()
					.stream()
					.map(p -> new PartyItem(p.side(), names.party(p.localityId(), p.organisationId())))
					.toList(),
				a.getSignedOn(), a.getSignedPrecision(), a.getEffectiveOn(), a.getExpiresOn(), a.getCurrentStage(),
				a.getDocumentRef(), a.getSource(), a.getStewardship().visibility(), a.getStewardship().provinceId(),
				a.getVersion());
	}

	/** A party and its side. */
	record PartyItem(PartySide side, Party party) {
	}

}
