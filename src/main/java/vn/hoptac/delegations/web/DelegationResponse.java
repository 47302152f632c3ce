package vn.hoptac.delegations.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import vn.hoptac.delegations.CostBearer;
import vn.hoptac.delegations.Delegation;
import vn.hoptac.delegations.DelegationDirection;
import vn.hoptac.delegations.DelegationRank;
import vn.hoptac.delegations.DelegationStatus;
import vn.hoptac.delegations.FollowUpStatus;
import vn.hoptac.partners.CooperationField;
import vn.hoptac.partners.Party;
import vn.hoptac.partners.PartyDirectory;
import vn.hoptac.shared.DatePrecision;
import vn.hoptac.shared.Qualifier;
import vn.hoptac.shared.Visibility;
import vn.hoptac.sources.CitationResponse;

/**
 * A delegation in full. Its writable fields are those of {@link DelegationRequest}, with the same
 * names and shapes: {@code startOn} and {@code endOn} as precise as they are known ({@code 2015},
 * {@code 2024-03}, {@code 2022-12-04} or {@code ..2020}); {@code costVnd} and {@code costUsd} are
 * the cost at the rate of its date, null while no rate is known; the parties are named in
 * {@code vnParty}, {@code foreignParty} and each guest's {@code party}; {@code agreements} names
 * the linked agreements the reader may see.
 */
record DelegationResponse(Long id, String title, DelegationDirection direction, DelegationStatus status,
		Long vnLocalityId, Long vnOrganisationId, Party vnParty, String vnLeadName, String vnLeadTitle,
		Long foreignLocalityId, Long foreignOrganisationId, Party foreignParty, String foreignCountry,
		Long partnershipId, String headName, String headTitle, DelegationRank headRank, String startOn,
		DatePrecision startPrecision, String endOn, DatePrecision endPrecision, Integer size, Qualifier sizeQualifier,
		String purpose, String programme, String outcomes, String venue, BigDecimal costAmount, String costCurrency,
		BigDecimal costVnd, BigDecimal costUsd, CostBearer costBearer, Long planItemId, Long eventId,
		Set<CooperationField> fields, Set<Long> agreementIds, Map<Long, String> agreements, List<GuestResponse> guests,
		List<FollowUpResponse> followUps, String source, Visibility visibility, Long ownerProvinceId, long version, List<CitationResponse> sourceCitations) {

	static DelegationResponse of(Delegation d, PartyDirectory.Lookup names, Map<Long, String> agreements,
			List<CitationResponse> citations) {
		return new DelegationResponse(d.getId(), d.getTitle(), d.getDirection(), d.getStatus(), d.getVnLocalityId(),
				d.getVnOrganisationId(), names.party(d.getVnLocalityId(), d.getVnOrganisationId()), d.getVnLeadName(),
				d.getVnLeadTitle(), d.getForeignLocalityId(), d.getForeignOrganisationId(),
				names.party(d.getForeignLocalityId(), d.getForeignOrganisationId()), d.getForeignCountry(),
				d.getPartnershipId(), d.getHeadName(), d.getHeadTitle(), d.getHeadRank(), text(d.getStart()),
				d.getStartPrecision(), text(d.getEnd()), d.getEndPrecision(), d.getSize(), d.getSizeQualifier(),
				d.getPurpose(), d.getProgramme(), d.getOutcomes(), d.getVenue(), d.getCostAmount(),
				d.getCostCurrency(), d.getCostVnd(), d.getCostUsd(), d.getCostBearer(), d.getPlanItemId(),
				d.getEventId(), new TreeSet<>(d.getFields()), new TreeSet<>(d.getAgreementIds()), agreements,
				d.getGuests()
					.stream()
					.map(g -> new GuestResponse(g.organisationId(), g.localityId(),
							names.party(g.localityId(), g.organisationId())))
					.toList(),
				d.getFollowUps()
					.stream()
					.map(f -> new FollowUpResponse(f.action(), f.responsibleUserId(), f.dueOn(), f.doneOn(), f.status()))
					.toList(),
				d.getSource(), d.getStewardship().visibility(), d.getStewardship().provinceId(), d.getVersion(),
				citations);
	}

	static String text(Object partialDate) {
		return partialDate == null ? null : partialDate.toString();
	}

	/** Another body that took part, named. */
	record GuestResponse(Long organisationId, Long localityId, Party party) {
	}

	/** A follow-up agreed during the delegation. */
	record FollowUpResponse(String action, Long responsibleUserId, LocalDate dueOn, LocalDate doneOn,
			FollowUpStatus status) {
	}

}
