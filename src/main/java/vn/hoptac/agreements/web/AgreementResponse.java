package vn.hoptac.agreements.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import vn.hoptac.agreements.ActionType;
import vn.hoptac.agreements.Agreement;
import vn.hoptac.agreements.AgreementKind;
import vn.hoptac.agreements.AgreementParty;
import vn.hoptac.agreements.LegalBasis;
import vn.hoptac.agreements.PartySide;
import vn.hoptac.agreements.SignatoryLevel;
import vn.hoptac.agreements.StatutoryDeadline;
import vn.hoptac.agreements.TimelineEntry;
import vn.hoptac.partners.CooperationField;
import vn.hoptac.partners.Party;
import vn.hoptac.partners.PartyDirectory;
import vn.hoptac.shared.DatePrecision;
import vn.hoptac.shared.DatePrecision.PartialDate;
import vn.hoptac.shared.Visibility;
import vn.hoptac.sources.CitationResponse;

/**
 * An agreement in full, as its detail shows it: fields and actions with their statutory deadlines.
 * Its writable fields are those of {@link AgreementRequest}, with the same names and shapes:
 * {@code signedOn} as precise as it is known ({@code 2016}, {@code 2016-05} or {@code 2016-05-12});
 * {@code signedOn} and {@code effectiveOn} are those of the first "signed" and "in force" actions
 * (stating one where the history has none records that action; a different one is refused);
 * {@code fields} in their declared order; {@code sourceCitations} reads {@code source} as the
 * documents it cites and the locators within them.
 */
record AgreementResponse(Long id, String title, AgreementKind kind, LegalBasis legalBasis, SignatoryLevel level,
		Long partnershipId, String foreignCountry, List<PartyResponse> parties, String signedOn,
		DatePrecision signedPrecision, LocalDate effectiveOn, DatePrecision effectivePrecision, LocalDate expiresOn,
		ActionType status,
		String documentRef, String summary, String source, Visibility visibility, Long ownerProvinceId, long version,
		Set<CooperationField> fields,
		List<ActionResponse> actions, boolean overdue, List<CitationResponse> sourceCitations) {

	static AgreementResponse of(Agreement a, PartyDirectory.Lookup names, List<TimelineEntry> timeline,
			List<CitationResponse> sourceCitations) {
		List<ActionResponse> actions = timeline.stream().map(ActionResponse::of).toList();
		boolean overdue = actions.stream().anyMatch(ActionResponse::overdue);
		return new AgreementResponse(a.getId(), a.getTitle(), a.getKind(), a.getLegalBasis(), a.getLevel(),
				a.getPartnershipId(), a.getForeignCountry(),
				a.getParties().stream().map(p -> PartyResponse.of(p, names)).toList(), signedOn(a),
				a.getSignedPrecision(), a.getEffectiveOn(), a.getEffectivePrecision(), a.getExpiresOn(), a.getCurrentStage(), a.getDocumentRef(),
				a.getSummary(), a.getSource(), a.getStewardship().visibility(), a.getStewardship().provinceId(),
				a.getVersion(), new TreeSet<>(a.getFields()), actions, overdue, sourceCitations);
	}

	private static String signedOn(Agreement a) {
		return a.getSignedOn() == null ? null : PartialDate.of(a.getSignedOn(), a.getSignedPrecision()).toString();
	}

	/** A party (the locality or organisation its id refers to, named) with who signed for it. */
	record PartyResponse(PartySide side, Long localityId, Long organisationId, Party party, String signatoryName,
			String signatoryTitle, SignatoryLevel signatoryLevel) {

		static PartyResponse of(AgreementParty p, PartyDirectory.Lookup names) {
			return new PartyResponse(p.side(), p.localityId(), p.organisationId(),
					names.party(p.localityId(), p.organisationId()), p.signatoryName(), p.signatoryTitle(),
					p.signatoryLevel());
		}

	}

	/**
	 * An action with the statutory deadline it starts, if any; {@code date} as precisely as it is known
	 * ({@code 2005}, {@code 2005-04} or {@code 2005-04-18}), as it is recorded.
	 */
	record ActionResponse(ActionType type, String date, DatePrecision datePrecision, String note, String source,
			Instant recordedAt, StatutoryDeadline deadline, LocalDate dueDate, LocalDate fulfilledOn, boolean overdue) {

		static ActionResponse of(TimelineEntry e) {
			return new ActionResponse(e.action().type(), e.action().partialDate().toString(), e.action().precision(),
					e.action().note(), e.action().source(),
					e.action().recordedAt(), e.deadline(), e.dueDate(), e.fulfilledOn(), e.overdue());
		}

	}

}
